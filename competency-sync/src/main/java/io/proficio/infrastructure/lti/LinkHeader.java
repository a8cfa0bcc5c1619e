package io.proficio.infrastructure.lti;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code next} link of a paged LTI service response from its {@code Link} headers (RFC 8288
 * §3; NRPS 2.0 and AGS 2.0 page with {@code rel="next"}). Several links in one header, several
 * headers, quoted or bare parameter values, several relation types in one rel, and commas or
 * semicolons inside the URI or a quoted value are all understood; unreadable link-values are skipped.
 */
final class LinkHeader {

    /** One link-value: its target as written (possibly relative) and its relation types in lower case. */
    record Link(String target, Set<String> rels) {
    }

    private final String text;
    private int pos;

    private LinkHeader(String text) {
        this.text = text;
    }

    /**
     * The {@code next} link among the given {@code Link} header values, resolved against the URL of the
     * request that returned them.
     *
     * @throws IllegalArgumentException when the next link's target is not a URI reference
     */
    static Optional<URI> next(URI requestUrl, List<String> headerValues) {
        return headerValues.stream()
                .flatMap(value -> parse(value).stream())
                .filter(link -> link.rels().contains("next"))
                .findFirst()
                .map(link -> Urls.resolve(requestUrl, link.target()));
    }

    static List<Link> parse(String headerValue) {
        return new LinkHeader(headerValue).links();
    }

    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        while (true) {
            skip(" \t,");
            if (atEnd()) {
                return links;
            }
            if (peek() != '<') {
                skipLinkValue();
                continue;
            }
            int close = text.indexOf('>', pos);
            if (close < 0) {
                return links;
            }
            String target = text.substring(pos + 1, close).strip();
            pos = close + 1;
            links.add(new Link(target, relations()));
            skipLinkValue();
        }
    }

    /** Reads {@code ; name=value} parameters; only the first rel counts (RFC 8288 §3.3). */
    private Set<String> relations() {
        Optional<String> rel = Optional.empty();
        while (true) {
            skip(" \t");
            if (atEnd() || peek() != ';') {
                return rel.map(value -> new HashSet<>(Arrays.asList(value.toLowerCase(Locale.ROOT).split("[ \t]+"))))
                        .map(Set::<String>copyOf)
                        .orElse(Set.of());
            }
            pos++;
            skip(" \t");
            String name = token();
            skip(" \t");
            String value = "";
            if (!atEnd() && peek() == '=') {
                pos++;
                skip(" \t");
                value = !atEnd() && peek() == '"' ? quoted() : token();
            }
            if (rel.isEmpty() && name.equalsIgnoreCase("rel")) {
                rel = Optional.of(value.strip());
            }
        }
    }

    private String token() {
        int start = pos;
        while (!atEnd() && " \t;,=\"".indexOf(peek()) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && pos + 1 < text.length()) {
                pos++;
            }
            value.append(text.charAt(pos++));
        }
        pos++;
        return value.toString();
    }

    /** Skips to the comma that ends the current link-value, stepping over quoted strings and URIs. */
    private void skipLinkValue() {
        while (!atEnd() && peek() != ',') {
            if (peek() == '"') {
                quoted();
            } else if (peek() == '<') {
                int close = text.indexOf('>', pos);
                pos = close < 0 ? text.length() : close + 1;
            } else {
                pos++;
            }
        }
    }

    private void skip(String characters) {
        while (!atEnd() && characters.indexOf(peek()) >= 0) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
