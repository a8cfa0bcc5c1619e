package io.proficio.domain.statement;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An upstream LRS as an admin describes it: where its xAPI endpoint is (xAPI 1.0.3 Communication §2.1),
 * the HTTP Basic credentials it issued to Proficio (§4.0), the GET Statements filters to pull with
 * ({@code activity}, {@code verb}, §2.1.3) and how often to poll. As given it may be anything;
 * {@link #checked} says what is wrong, with JSON Pointers, or gives the spec normalized.
 *
 * @param name        a display name, 1 to 200 characters; null when missing
 * @param endpoint    an absolute http(s) URL without user info, query or fragment; null when missing
 * @param username    the Basic auth user id, not blank, without {@code :} (RFC 7617 §2); null when missing
 * @param password    the Basic auth password, not blank; null when missing (on update: keep the stored one)
 * @param activity    an absolute Activity IRI to pull only that Activity's Statements; null for any
 * @param verb        an absolute Verb IRI to pull only Statements with that Verb; null for any
 * @param pollSeconds how often to poll, 5 to 86400 seconds; null for {@value #DEFAULT_POLL_SECONDS}
 * @param enabled     whether it is polled at all; null for true
 */
public record UpstreamSpec(String name, String endpoint, String username, String password, String activity,
                           String verb, Integer pollSeconds, Boolean enabled) {

    public static final int DEFAULT_POLL_SECONDS = 60;
    public static final int MIN_POLL_SECONDS = 5;
    public static final int MAX_POLL_SECONDS = 86_400;
    /** The sealed password must fit its 4000-character column: 1000 bytes seal to about 1,450. */
    static final int MAX_PASSWORD_BYTES = 1000;
    static final int MAX_ENDPOINT_LENGTH = 2000;

    /**
     * This spec normalized: the name stripped, the endpoint stripped and ending with {@code /} (so
     * {@code …/xapi} and {@code …/xapi/} are one LRS), the filters stripped, the defaults filled in.
     *
     * @param passwordRequired true when making an upstream; false on update, where a null password
     *     keeps the stored one (a given one must still be valid)
     * @throws io.proficio.domain.error.ProficioException {@code invalid-request} with a violation per
     *     wrong field; an endpoint is never echoed, as its user info may be a password
     */
    public UpstreamSpec checked(boolean passwordRequired) {
        Violations violations = new Violations();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            violations.add(ErrorCode.INVALID_REQUEST, "/name", "An upstream LRS needs a name of 1 to 200 characters.");
        }
        String url = normalizedEndpoint(violations);
        if (username == null || username.isBlank() || username.length() > 500) {
            violations.add(ErrorCode.INVALID_REQUEST, "/username",
                    "The username the LRS issued is required (at most 500 characters).");
        } else if (username.indexOf(':') >= 0) {
            violations.add(ErrorCode.INVALID_REQUEST, "/username", "A Basic auth username cannot contain ':'.");
        }
        if (password == null ? passwordRequired : password.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/password", "The password the LRS issued is required.");
        } else if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            violations.add(ErrorCode.INVALID_REQUEST, "/password",
                    "The password may be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8.");
        }
        requireIriOrNothing(violations, "/activity", activity, "Activity");
        requireIriOrNothing(violations, "/verb", verb, "Verb");
        if (pollSeconds != null && (pollSeconds < MIN_POLL_SECONDS || pollSeconds > MAX_POLL_SECONDS)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/pollSeconds",
                    "pollSeconds must be between " + MIN_POLL_SECONDS + " and " + MAX_POLL_SECONDS + ".");
        }
        violations.throwIfAny("The upstream LRS is not valid");
        return new UpstreamSpec(name.strip(), url, username, password, strip(activity), strip(verb),
                pollSeconds == null ? DEFAULT_POLL_SECONDS : pollSeconds, enabled == null || enabled);
    }

    /** The endpoint stripped and ending with {@code /}; null when a violation was recorded. */
    private String normalizedEndpoint(Violations violations) {
        String problem;
        if (endpoint == null || endpoint.isBlank()) {
            problem = "The LRS's xAPI endpoint is required, e.g. https://lrs.example.com/xapi/.";
        } else {
            try {
                URI url = new URI(endpoint.strip());
                String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
                if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                    problem = "The endpoint must be an absolute http or https URL with a host.";
                } else if (url.getRawUserInfo() != null) {
                    problem = "The endpoint must not carry credentials; give them as username and password.";
                } else if (url.getRawQuery() != null || url.getRawFragment() != null) {
                    problem = "The endpoint must not have a query or a fragment.";
                } else {
                    String normalized = url.getRawPath().endsWith("/") ? url.toString() : url + "/";
                    if (normalized.length() <= MAX_ENDPOINT_LENGTH) {
                        return normalized;
                    }
                    problem = "The endpoint may be at most " + MAX_ENDPOINT_LENGTH + " characters.";
                }
            } catch (URISyntaxException e) {
                problem = "The endpoint is not a URL.";
            }
        }
        violations.add(ErrorCode.INVALID_REQUEST, "/endpoint", problem);
        return null;
    }

    /** Absolute IRI as {@code ContentRef} reads one: it has a scheme (xAPI 1.0.3 Data §4.3). */
    private static void requireIriOrNothing(Violations violations, String pointer, String iri, String what) {
        if (iri == null) {
            return;
        }
        boolean absolute;
        try {
            absolute = !iri.isBlank() && iri.strip().length() <= 2000 && new URI(iri.strip()).isAbsolute();
        } catch (URISyntaxException e) {
            absolute = false;
        }
        if (!absolute) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer,
                    "Leave " + pointer.substring(1) + " out for any " + what + ", or give an absolute " + what + " IRI.");
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Names neither the password nor the endpoint (whose user info, wrongly given, may be one). */
    @Override
    public String toString() {
        return "UpstreamSpec[name=" + name + ", endpoint=" + (endpoint == null ? "null" : "(given)") + ", username=" + username
                + ", password=" + (password == null ? "null" : "(hidden)") + ", activity=" + activity + ", verb=" + verb
                + ", pollSeconds=" + pollSeconds + ", enabled=" + enabled + "]";
    }
}
