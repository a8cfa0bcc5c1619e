/**
 * A test double of an LTI 1.3 platform (an LMS such as Moodle or Canvas) served over real HTTP, so a tool's real
 * client code runs against it: OIDC login and signed launches, JWKS, the client-credentials token endpoint, NRPS,
 * AGS, Dynamic Registration, Deep Linking and a course page. {@link io.proficio.testing.lms.TestPlatform} is the
 * entry point, for the system tests ({@code start(...)}, {@link io.proficio.testing.lms.PlatformQuirks} for
 * Moodle's and Canvas's ways, {@link io.proficio.testing.lms.LaunchSpec} for what a launch holds) and for the
 * service clients' unit tests ({@code trusting(toolKey)}, with canned failures and delays).
 */
package io.proficio.testing.lms;
