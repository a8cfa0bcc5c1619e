package io.proficio.infrastructure.lti;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Builds service URLs from the ones a platform hands out, which may carry their own query string
 * (Moodle's {@code …/lineitem?type_id=7}); works on the raw form so existing escapes stay as they are.
 */
public final class Urls {

    private Urls() {
    }

    /** {@code …/lineitem?type_id=7} with segment {@code scores} gives {@code …/lineitem/scores?type_id=7} (AGS 2.0 §3.4). */
    public static URI appendPath(URI url, String segment) {
        String raw = url.toString();
        int end = endOfPath(raw);
        String path = raw.substring(0, end);
        return URI.create((path.endsWith("/") ? path : path + "/") + segment + raw.substring(end));
    }

    /**
     * Resolves a URI reference as RFC 3986 §5.2 says. {@link URI#resolve} follows RFC 2396, which turns
     * the query-only reference {@code ?page=2} against {@code /ctx/members?page=1} into
     * {@code /ctx/?page=2}; RFC 3986 keeps the base path.
     *
     * @throws IllegalArgumentException when the reference is not a URI reference
     */
    public static URI resolve(URI base, String reference) {
        if (reference.startsWith("?")) {
            String raw = base.toString();
            return URI.create(raw.substring(0, endOfPath(raw)) + reference);
        }
        return base.resolve(URI.create(reference));
    }

    /** Adds {@code name=value} to the query, URL-encoded, when the value is present. */
    public static URI withParameter(URI url, String name, Optional<String> value) {
        if (value.isEmpty()) {
            return url;
        }
        String raw = url.toString();
        int hash = raw.indexOf('#');
        String head = hash < 0 ? raw : raw.substring(0, hash);
        String fragment = hash < 0 ? "" : raw.substring(hash);
        String separator = url.getRawQuery() == null ? "?" : head.endsWith("&") || head.endsWith("?") ? "" : "&";
        return URI.create(head + separator + encode(name) + "=" + encode(value.get()) + fragment);
    }

    private static int endOfPath(String raw) {
        int query = raw.indexOf('?');
        int hash = raw.indexOf('#');
        if (query < 0 && hash < 0) {
            return raw.length();
        }
        return query < 0 ? hash : hash < 0 ? query : Math.min(query, hash);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
