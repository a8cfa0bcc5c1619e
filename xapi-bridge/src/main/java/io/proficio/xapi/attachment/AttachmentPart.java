package io.proficio.xapi.attachment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The raw data of one Attachment as it travels in a {@code multipart/mixed} request or response
 * (xAPI 1.0.3 Communication §1.5.2.s2.b2.b2), matched to Attachment objects only by its SHA-2
 * (§1.5.2.s1.b4). An immutable value: the content is copied in and out, and equality compares it
 * byte by byte; {@link #toString()} shows its length, not its bytes.
 *
 * @param sha2 the part's {@code X-Experience-API-Hash}: a hex SHA-224, SHA-256, SHA-384 or SHA-512
 *     digest, held in lower case whatever case it is given in; not {@code null}
 * @param contentType the part's {@code Content-Type} header, which xAPI only recommends
 *     (§1.5.2.s2.b2.b6) and does not require to equal the Attachment object's {@code contentType};
 *     the Attachment object's value (Data §2.4.11, required) is the one that says what the data is.
 *     Not {@code null}; no line breaks
 * @param content the attachment data; not {@code null}
 */
public record AttachmentPart(String sha2, String contentType, byte[] content) {

    public AttachmentPart {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (Sha2.algorithmOf(sha2).isEmpty()) {
            throw new IllegalArgumentException("sha2 must be the hex of a SHA-2 digest: " + sha2);
        }
        if (contentType.indexOf('\r') >= 0 || contentType.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("contentType must not break the header line");
        }
        sha2 = sha2.toLowerCase(Locale.ROOT);
        content = content.clone();
    }

    /** A copy of the data. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The length of the data in octets (what Data §2.4.11 {@code length} describes). */
    public int length() {
        return content.length;
    }

    /** Whether the data's digest, by the algorithm {@link #sha2()}'s length names, is {@link #sha2()}. */
    public boolean contentMatchesSha2() {
        return Sha2.digest(Sha2.algorithmOf(sha2).orElseThrow(), content).equals(sha2);
    }

    /** Writes the data without copying it. */
    public void writeContentTo(OutputStream out) throws IOException {
        out.write(content);
    }

    /** Whether {@code bytes} occur in the data, e.g. a multipart boundary (RFC 2046 §5.1.1). */
    boolean contains(byte[] bytes) {
        return Bytes.indexOf(content, bytes, 0) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttachmentPart part && sha2.equals(part.sha2)
                && contentType.equals(part.contentType) && Arrays.equals(content, part.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sha2, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "AttachmentPart[sha2=" + sha2 + ", contentType=" + contentType + ", length=" + content.length + "]";
    }
}
