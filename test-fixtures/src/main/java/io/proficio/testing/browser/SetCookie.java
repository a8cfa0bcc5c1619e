package io.proficio.testing.browser;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Set-Cookie} header a browser received (RFC 6265 §4.1 with the SameSite and Partitioned
 * attributes of RFC 6265bis and CHIPS), parsed for assertions.
 *
 * @param name the cookie name
 * @param value the cookie value
 * @param attributes the attributes by lower-case name; a flag such as {@code secure} maps to ""
 * @param raw the header as received
 * @param from the URL of the response that set it
 */
public record SetCookie(String name, String value, Map<String, String> attributes, String raw, URI from) {

    public SetCookie {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Parses a header; empty when it has no {@code name=value}. */
    public static Optional<SetCookie> parse(String header, URI from) {
        String[] parts = header.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String attribute = (eq < 0 ? part : part.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            attributes.put(attribute, eq < 0 ? "" : part.substring(eq + 1).strip());
        }
        return Optional.of(new SetCookie(parts[0].substring(0, equals).strip(), parts[0].substring(equals + 1).strip(),
                attributes, header, from));
    }

    public boolean secure() {
        return attributes.containsKey("secure");
    }

    public boolean httpOnly() {
        return attributes.containsKey("httponly");
    }

    public boolean partitioned() {
        return attributes.containsKey("partitioned");
    }

    /** The SameSite value as sent ({@code None}, {@code Lax}, {@code Strict}); empty when absent. */
    public Optional<String> sameSite() {
        return Optional.ofNullable(attributes.get("samesite"));
    }

    public Optional<String> path() {
        return Optional.ofNullable(attributes.get("path"));
    }

    public Optional<String> domain() {
        return Optional.ofNullable(attributes.get("domain"));
    }

    /** Max-Age in seconds; empty when absent or not a number. */
    public Optional<Long> maxAge() {
        try {
            return Optional.ofNullable(attributes.get("max-age")).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
