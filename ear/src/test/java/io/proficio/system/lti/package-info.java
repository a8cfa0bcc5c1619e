/**
 * A browser-less client that drives the tool through the OIDC launch flow against the test platform ({@link
 * io.proficio.testing.lms.TestPlatform}, in the test-fixtures module), so the system tests and the benchmark
 * exercise the tool's real code: {@link io.proficio.system.lti.LtiBrowser} plays the user's browser, with the
 * cookies, redirects and auto-submitted forms a browser would handle, and answers a {@link
 * io.proficio.system.lti.LaunchResult}.
 */
package io.proficio.system.lti;
