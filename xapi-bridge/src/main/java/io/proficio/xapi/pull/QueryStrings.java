package io.proficio.xapi.pull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Query strings whose names and values are percent-encoded as RFC 3986 §2 asks: every octet of the
 * UTF-8 form (xAPI 1.0.3 Communication §1.4) except the unreserved characters {@code A–Z a–z 0–9 - . _ ~}.
 * So an Activity IRI's own {@code ? & = # + /} and spaces stay inside its value.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    /** {@code name=value&…} in the map's order. */
    static String of(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * {@link URLEncoder} writes HTML form encoding, which differs from RFC 3986 in three places: a space
     * is {@code +}, {@code *} is left as it is and {@code ~} is encoded. Those are put right here.
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
