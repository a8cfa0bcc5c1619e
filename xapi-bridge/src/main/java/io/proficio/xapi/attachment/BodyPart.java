package io.proficio.xapi.attachment;

import io.proficio.xapi.http.XapiRejected;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One body part of a multipart body (RFC 2046 §5.1.1): header fields, a blank line, then the content
 * as bytes. Header names are case-insensitive (RFC 5322 §1.2.2); folded header lines are unfolded
 * (RFC 5322 §2.2.3); a header field given twice is refused, since which one counts would be a guess.
 * Header bytes are read as ISO-8859-1, so every byte is one character and none is an error.
 *
 * @param number 1-based position in the body, for messages
 * @param headers field values (trimmed) by case-insensitive name
 * @param content the bytes between the blank line and the next delimiter, held as given
 */
record BodyPart(int number, Map<String, String> headers, byte[] content) {

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /**
     * @param raw the bytes between two delimiter lines
     * @param eol the line ending the body uses
     * @throws XapiRejected 400 when there is no blank line after the headers or a header line is malformed
     */
    static BodyPart parse(int number, byte[] raw, byte[] eol) {
        int headersEnd;
        int contentStart;
        if (Bytes.startsWith(raw, 0, eol)) {
            headersEnd = 0;
            contentStart = eol.length;
        } else {
            headersEnd = Bytes.indexOf(raw, Bytes.concat(eol, eol), 0);
            if (headersEnd < 0) {
                throw MultipartBody.malformed("Part " + number + " has no blank line after its header fields.");
            }
            contentStart = headersEnd + 2 * eol.length;
        }
        String lines = new String(raw, 0, headersEnd, StandardCharsets.ISO_8859_1);
        return new BodyPart(number, headers(number, lines, new String(eol, StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(raw, contentStart, raw.length));
    }

    private static Map<String, String> headers(int number, String lines, String eol) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (lines.isEmpty()) {
            return headers;
        }
        String unfolded = lines.replaceAll(Pattern.quote(eol) + "(?=[ \\t])", "");
        for (String line : unfolded.split(Pattern.quote(eol), -1)) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).strip();
            if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
                throw MultipartBody.malformed("Part " + number + " has a header line that is not 'Name: value'.");
            }
            if (headers.putIfAbsent(name, line.substring(colon + 1).strip()) != null) {
                throw MultipartBody.malformed("Part " + number + " has the header " + name + " twice.");
            }
        }
        return headers;
    }
}
