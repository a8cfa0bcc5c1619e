package io.proficio.xapi.pull;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An upstream LRS that Proficio pulls Statements from: the base of its xAPI resources and the HTTP Basic
 * credentials it issued to Proficio (xAPI 1.0.3 Communication §4.0). The Statement Resource is
 * {@code <endpoint>statements} (Communication §2.1).
 *
 * <p>The endpoint is kept with a trailing slash, whether or not it was given one, so that
 * {@code https://lrs.example.com/xapi} and {@code https://lrs.example.com/xapi/} are the same LRS and
 * relative {@code more} links resolve against the endpoint's last path segment, not its parent. It must be
 * an absolute {@code http} or {@code https} URI with a host and without user info, query or fragment:
 * credentials belong in {@code username} and {@code password}, where they stay out of logs.
 * {@link #toString()} leaves the password out.
 *
 * @param endpoint the LRS's xAPI base, e.g. {@code https://lrs.example.com/xapi/}; not null
 * @param username the Basic auth user id; not null, without {@code :} (RFC 7617 §2)
 * @param password the Basic auth password; not null
 */
public record UpstreamLrs(URI endpoint, String username, String password) {

    public UpstreamLrs {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!endpoint.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("The LRS endpoint must be an absolute http or https URI with a host");
        }
        // Said without echoing the URI: its user info may be a password.
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The LRS endpoint must not carry credentials; give them as username and password");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("The LRS endpoint must not have a query or fragment: " + endpoint);
        }
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A Basic auth username cannot contain ':'");
        }
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        if (!path.endsWith("/")) {
            endpoint = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path + "/");
        }
    }

    /** The Statement Resource, {@code <endpoint>statements}. */
    URI statements() {
        return endpoint.resolve("statements");
    }

    /** Names the endpoint and user, never the password. */
    @Override
    public String toString() {
        return "UpstreamLrs[endpoint=" + endpoint + ", username=" + username + ", password=(hidden)]";
    }
}
