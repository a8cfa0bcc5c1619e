package io.proficio.xapi.attachment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Content-Type value (RFC 2045 §5.1): {@code type "/" subtype *(";" parameter)}, where a parameter
 * value is a token or a quoted-string whose {@code \} escapes the next character (RFC 822 §3.3
 * quoted-pair). Type, subtype and parameter names are case-insensitive and held in lower case;
 * parameter values are held as given. A parameter given twice makes the value malformed.
 *
 * @param type lower-case type, e.g. {@code multipart}
 * @param subtype lower-case subtype, e.g. {@code mixed}
 * @param parameters parameter values by lower-case name
 */
record MediaTypeHeader(String type, String subtype, Map<String, String> parameters) {

    /** RFC 2045 §5.1 tspecials, which with space and controls may not appear in a token. */
    private static final String TSPECIALS = "()<>@,;:\\\"/[]?=";

    MediaTypeHeader {
        parameters = Map.copyOf(parameters);
    }

    /** @param value a Content-Type header value; {@code null} gives empty */
    static Optional<MediaTypeHeader> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int i = skipSpace(value, 0);
        int start = i;
        i = tokenEnd(value, i);
        String type = value.substring(start, i);
        if (type.isEmpty() || i >= value.length() || value.charAt(i) != '/') {
            return Optional.empty();
        }
        start = ++i;
        i = tokenEnd(value, i);
        String subtype = value.substring(start, i);
        if (subtype.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        while (true) {
            i = skipSpace(value, i);
            if (i == value.length()) {
                break;
            }
            if (value.charAt(i) != ';') {
                return Optional.empty();
            }
            i = skipSpace(value, i + 1);
            if (i == value.length()) {
                break;
            }
            start = i;
            i = tokenEnd(value, i);
            String name = value.substring(start, i).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || i >= value.length() || value.charAt(i) != '=') {
                return Optional.empty();
            }
            StringBuilder parameterValue = new StringBuilder();
            i = parameterValue(value, i + 1, parameterValue);
            if (i < 0 || parameters.putIfAbsent(name, parameterValue.toString()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new MediaTypeHeader(type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT),
                parameters));
    }

    /** @param type lower case @param subtype lower case */
    boolean is(String type, String subtype) {
        return this.type.equals(type) && this.subtype.equals(subtype);
    }

    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Reads a token or quoted-string from {@code i} into {@code out}; the index after it, or -1. */
    private static int parameterValue(String value, int i, StringBuilder out) {
        if (i < value.length() && value.charAt(i) == '"') {
            i++;
            while (i < value.length()) {
                char c = value.charAt(i++);
                if (c == '"') {
                    return i;
                }
                if (c == '\\') {
                    if (i == value.length()) {
                        return -1;
                    }
                    c = value.charAt(i++);
                }
                out.append(c);
            }
            return -1;
        }
        int end = tokenEnd(value, i);
        out.append(value, i, end);
        return end > i ? end : -1;
    }

    private static int tokenEnd(String value, int i) {
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 127 || TSPECIALS.indexOf(c) >= 0) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipSpace(String value, int i) {
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
