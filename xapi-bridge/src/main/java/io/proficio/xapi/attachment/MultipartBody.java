package io.proficio.xapi.attachment;

import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a multipart body into its body parts, on bytes, so binary content is kept exactly
 * (RFC 2046 §5.1.1). A delimiter is a line break followed by {@code --} and the boundary; the first
 * one may open the body instead. Whatever comes before it (the preamble) and after the close delimiter
 * {@code --boundary--} (the epilogue) is ignored; a delimiter line may end in spaces or tabs (transport
 * padding). The close delimiter is required, so a truncated body is refused.
 *
 * <p>Line breaks are CRLF, as RFC 2046 and xAPI 1.0.3 Communication §1.5.2.s6.b4 require and real
 * clients (and the ADL LRS conformance suite) send. A body whose first delimiter line ends in a bare
 * LF is read with LF line breaks throughout instead, for hand-made clients: the line ending of the
 * first delimiter line decides for the whole body, so a CRLF body is read exactly by RFC 2046 and an
 * LF in its binary content is never taken for a line break.
 */
final class MultipartBody {

    /** RFC 2046 §5.1.1 bcharsnospace, plus space inside: 1 to 70 characters, not ending in space. */
    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LF = {'\n'};
    private static final byte[] DASH_DASH = {'-', '-'};

    private MultipartBody() {
    }

    static boolean isBoundary(String boundary) {
        return BOUNDARY.matcher(boundary).matches();
    }

    /**
     * @param boundary a value for which {@link #isBoundary} holds
     * @return the body parts in order, at least one
     * @throws XapiRejected 400 when the body does not follow RFC 2046 §5.1.1
     */
    static List<BodyPart> split(byte[] body, String boundary) {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int first = firstDelimiter(body, dashBoundary, boundary);
        int afterFirst = first + dashBoundary.length;
        if (Bytes.startsWith(body, afterFirst, DASH_DASH)) {
            throw malformed("The body has no parts: it closes right at its first boundary.");
        }
        int lineEnd = afterPadding(body, afterFirst);
        byte[] eol = Bytes.startsWith(body, lineEnd, CRLF) ? CRLF : Bytes.startsWith(body, lineEnd, LF) ? LF : null;
        if (eol == null) {
            throw malformed("The line of the first boundary goes on after --" + boundary + ".");
        }
        byte[] delimiter = Bytes.concat(eol, dashBoundary);
        List<BodyPart> parts = new ArrayList<>();
        int partStart = lineEnd + eol.length;
        while (true) {
            int end = Bytes.indexOf(body, delimiter, partStart);
            if (end < 0) {
                throw malformed("The body ends without the closing boundary --" + boundary + "--.");
            }
            parts.add(BodyPart.parse(parts.size() + 1, Arrays.copyOfRange(body, partStart, end), eol));
            int after = end + delimiter.length;
            if (Bytes.startsWith(body, after, DASH_DASH)) {
                return parts;
            }
            int next = afterPadding(body, after);
            if (!Bytes.startsWith(body, next, eol)) {
                throw malformed("The boundary line after part " + parts.size() + " goes on after --" + boundary + ".");
            }
            partStart = next + eol.length;
        }
    }

    static XapiRejected malformed(String message) {
        return new XapiRejected(XapiError.MULTIPART_INVALID, message);
    }

    private static int firstDelimiter(byte[] body, byte[] dashBoundary, String boundary) {
        if (Bytes.startsWith(body, 0, dashBoundary)) {
            return 0;
        }
        int lineBreak = Bytes.indexOf(body, Bytes.concat(LF, dashBoundary), 0);
        if (lineBreak < 0) {
            throw malformed("The body has no line --" + boundary + " to open its first part.");
        }
        return lineBreak + 1;
    }

    private static int afterPadding(byte[] body, int i) {
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        return i;
    }
}
