package io.proficio.interfaces.app;

import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.infrastructure.lti.LtiServiceException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A platform's failure explained to the person who asked for it (a roster sync, a grade publish): what
 * the platform answered, and what to check. It is the platform's failure, not Proficio's: the page says
 * so with HTTP 502 (RFC 9110 §15.6.3, an invalid answer from an upstream server) and never shows a
 * stack trace.
 *
 * @param code    the page's stable error code, {@code platform-<LtiServiceError>} ({@code platform-refused}, …)
 * @param message what went wrong, in a sentence
 * @param answer  what the platform answered: its status and the first line of its error, or that it did not answer
 * @param hints   what to check, most likely first
 */
record PlatformFailure(String code, String message, String answer, List<String> hints) {

    static final int STATUS = 502;

    /** Moodle's outgoing-request filter, which also guards the key-set fetch of its token endpoint. */
    static final String MOODLE_HTTP_SECURITY = "Moodle blocks requests to localhost and to ports other than 80/443"
            + " unless an admin allows them in Site administration › General › Security › HTTP security"
            + " (curlsecurityblockedhosts, curlsecurityallowedport).";

    static PlatformFailure of(LtiServiceException failure) {
        String code = "platform-" + failure.error().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String answer = failure.status().isPresent()
                ? "HTTP " + failure.status().getAsInt() + failure.answer().map(line -> ": " + line).orElse("")
                : "No answer: " + failure.getMessage();
        return new PlatformFailure(code, failure.error().description(), answer, hints(failure));
    }

    private static List<String> hints(LtiServiceException failure) {
        String jwks = ProficioSettings.current().baseUrl() + "/lti/jwks";
        int status = failure.status().orElse(0);
        return switch (failure.error()) {
            case TOKEN_REFUSED -> List.of(
                    "The platform checks Proficio's request for an access token with Proficio's public keys at " + jwks
                            + ": it must be able to reach that URL. " + MOODLE_HTTP_SECURITY,
                    "The tool's registration in the platform must allow the service: in Moodle, the tool's Services"
                            + " settings (IMS LTI Assignment and Grade Services, IMS LTI Names and Role Provisioning);"
                            + " in Canvas, the developer key's LTI Advantage scopes.",
                    "The client id registered in Proficio must be the tool's client id in the platform.");
            case UNREACHABLE -> List.of(
                    "Proficio could not reach the platform: check that this server can open its URL (proxy, firewall,"
                            + " DNS), and that the platform is up.");
            case FAILED -> List.of(
                    "The platform failed while answering (HTTP " + status + "). Try again in a while; if it persists,"
                            + " the platform's administrator finds the error in its logs at the time below.");
            case BAD_RESPONSE, TOO_MANY_PAGES -> List.of(
                    "The platform answered, but not as the LTI Advantage specifications describe; its administrator"
                            + " can check the tool's service settings and the platform's version.");
            case REFUSED -> refusedHints(status);
        };
    }

    private static List<String> refusedHints(int status) {
        if (status == 401 || status == 403) {
            return List.of("The platform refused Proficio's access to this service: the tool's registration must"
                    + " allow it (Moodle: the tool's Services settings; Canvas: the developer key's scopes), and the"
                    + " course's activity must use that tool.", MOODLE_HTTP_SECURITY);
        }
        if (status == 404) {
            return List.of("The platform no longer knows this resource (a deleted course, activity or gradebook column):"
                    + " open Proficio again from the course.");
        }
        return List.of("The platform refused the request as it was sent; its administrator finds the reason in the"
                + " platform's logs at the time below.");
    }

    /** The failure that explains {@code failure}: itself or one of its causes. */
    static Optional<LtiServiceException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LtiServiceException platform) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
