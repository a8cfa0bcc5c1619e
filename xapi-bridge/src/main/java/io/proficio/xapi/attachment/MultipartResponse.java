package io.proficio.xapi.attachment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The answer to a GET of Statements with {@code attachments=true} (xAPI 1.0.3 Communication §2.1.3),
 * in the transmission format of §1.5.2 (§1.5.2.s3.b1): a {@code multipart/mixed} body (RFC 2046 §5.1)
 * whose first part is the Statements JSON ({@code Content-Type: application/json}) and each further
 * part one attachment's data, with {@code Content-Type}, {@code Content-Transfer-Encoding: binary}
 * and {@code X-Experience-API-Hash} (§1.5.2.s2.b2.b3, b4, b6). Lines break with CRLF; there is no
 * preamble and no epilogue. Data shared by several Attachments is sent once (§1.5.2.s2.b2.b5): of
 * parts with the same hash, the first is kept. The boundary is random and is chosen again in the
 * unlikely case that it occurs in the content (RFC 2046 §5.1.1; §1.5.2.s6.b2).
 * {@link MultipartStatements#parse} reads what this writes.
 */
public final class MultipartResponse {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;
    private final byte[] statements;
    private final List<AttachmentPart> parts;

    private MultipartResponse(String boundary, byte[] statements, List<AttachmentPart> parts) {
        this.boundary = boundary;
        this.statements = statements;
        this.parts = parts;
    }

    /**
     * @param statementsJson a StatementResult or Statement as JSON text; not {@code null}
     * @param parts the data of the Attachments of those Statements; not {@code null}
     */
    public static MultipartResponse of(String statementsJson, List<AttachmentPart> parts) {
        Objects.requireNonNull(statementsJson, "statementsJson");
        Map<String, AttachmentPart> bySha2 = new LinkedHashMap<>();
        parts.forEach(part -> bySha2.putIfAbsent(part.sha2(), part));
        List<AttachmentPart> distinct = List.copyOf(bySha2.values());
        byte[] statements = statementsJson.getBytes(StandardCharsets.UTF_8);
        String boundary;
        do {
            boundary = "xapi-" + UUID.randomUUID();
        } while (occursIn(("--" + boundary).getBytes(StandardCharsets.US_ASCII), statements, distinct));
        return new MultipartResponse(boundary, statements, distinct);
    }

    /** The value of the response's Content-Type header. */
    public String contentType() {
        return "multipart/mixed; boundary=" + boundary;
    }

    /** Writes the body; does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        line(out, "--" + boundary);
        line(out, "Content-Type: application/json");
        out.write(CRLF);
        out.write(statements);
        for (AttachmentPart part : parts) {
            out.write(CRLF);
            line(out, "--" + boundary);
            line(out, "Content-Type: " + part.contentType());
            line(out, "Content-Transfer-Encoding: binary");
            line(out, "X-Experience-API-Hash: " + part.sha2());
            out.write(CRLF);
            part.writeContentTo(out);
        }
        out.write(CRLF);
        line(out, "--" + boundary + "--");
    }

    private static void line(OutputStream out, String text) throws IOException {
        // ISO-8859-1, as BodyPart reads header lines, so a parsed Content-Type is written back byte for byte.
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.write(CRLF);
    }

    private static boolean occursIn(byte[] dashBoundary, byte[] statements, List<AttachmentPart> parts) {
        return Bytes.indexOf(statements, dashBoundary, 0) >= 0 || parts.stream().anyMatch(p -> p.contains(dashBoundary));
    }
}
