package io.proficio.domain.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code If-Match} and {@code If-None-Match} headers of a write (xAPI 1.0.3 Communication §3.1,
 * RFC 9110 §13.1.1 and §13.1.2), checked against the document as it is when the write runs. ETags
 * compare by their value: quotes and a weak {@code W/} prefix aside, as clients send them either way.
 *
 * @param ifMatch     the header's value, if sent
 * @param ifNoneMatch the header's value, if sent
 */
public record Preconditions(Optional<String> ifMatch, Optional<String> ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(Optional.empty(), Optional.empty());

    /** Whether the request carries either header. */
    public boolean any() {
        return ifMatch.isPresent() || ifNoneMatch.isPresent();
    }

    /**
     * Why the write may not go ahead on {@code current}, or empty if it may.
     *
     * @param current the document's ETag now, empty when there is no document
     */
    public Optional<String> failure(Optional<String> current) {
        if (ifMatch.isPresent() && (current.isEmpty() || !matches(ifMatch.get(), current.get()))) {
            return Optional.of(current.isEmpty() ? "If-Match was sent, but there is no such document."
                    : "If-Match does not match the document's ETag \"" + current.get() + "\": it has changed.");
        }
        if (ifNoneMatch.isPresent() && current.isPresent() && matches(ifNoneMatch.get(), current.get())) {
            return Optional.of("If-None-Match was sent, but the document exists (ETag \"" + current.get() + "\").");
        }
        return Optional.empty();
    }

    private static boolean matches(String header, String etag) {
        return Arrays.stream(header.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || unquoted(tag).equalsIgnoreCase(etag));
    }

    private static String unquoted(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
