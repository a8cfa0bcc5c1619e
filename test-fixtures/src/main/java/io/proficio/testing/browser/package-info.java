/**
 * A browser-less client that drives a tool through the OIDC launch flow against the test platform
 * ({@link io.proficio.testing.lms.TestPlatform}), so the system tests and the launch benchmark exercise
 * the tool's real code: {@link io.proficio.testing.browser.LtiBrowser} plays the user's browser, with
 * the cookies, redirects and auto-submitted forms a browser would handle, and answers a {@link
 * io.proficio.testing.browser.LaunchResult}.
 */
package io.proficio.testing.browser;
