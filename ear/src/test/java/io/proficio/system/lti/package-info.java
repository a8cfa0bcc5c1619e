/**
 * A test double of an LTI 1.3 platform (an LMS such as Moodle or Canvas) served over real HTTP, and a
 * browser-less client that drives a tool through the OIDC launch flow, so the system tests and the
 * benchmark exercise the tool's real code. {@link io.proficio.system.lti.TestPlatform} is the entry
 * point; {@link io.proficio.system.lti.PlatformQuirks} makes it behave like stock Moodle or Canvas cloud
 * where they stray from the specs, {@link io.proficio.system.lti.LaunchSpec} says what the next id_token
 * holds and how it is broken, and {@link io.proficio.system.lti.LtiBrowser} plays the user's browser.
 */
package io.proficio.system.lti;
