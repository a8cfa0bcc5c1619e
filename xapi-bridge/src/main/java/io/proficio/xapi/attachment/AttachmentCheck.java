package io.proficio.xapi.attachment;

import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the Attachment objects of a request's Statements and the attachment data it carries belong
 * together (xAPI 1.0.3 Communication §1.5.2, Data §2.4.11). Run after the Statement validator, on valid
 * Statements. The Attachment objects counted are a Statement's own and its SubStatement's: a
 * SubStatement "MUST be validated as a Statement" (Data §2.4.4.3.s8.b2) and may carry {@code attachments}.
 *
 * <p>For a {@code multipart/mixed} request ({@link #check}):
 * <ul>
 *   <li>an Attachment object without {@code fileUrl} needs a part whose {@code X-Experience-API-Hash}
 *       is its {@code sha2} (§1.5.2.s3.b5). Several Attachment objects, in one or several Statements,
 *       may share one part (§1.5.2.s2.b2.b5);</li>
 *   <li>each part must hold the data of some Attachment object (§1.5.2.s2.b2.b2: each additional part
 *       "contains the raw data for an Attachment"; the ADL LRS conformance suite expects 400 for
 *       excess parts, XAPI-00128);</li>
 *   <li>each part's data must have the SHA-2 digest its {@code X-Experience-API-Hash} declares: the
 *       hash is what ties data to Attachment objects, and the only thing (§1.5.2.s1.b4).</li>
 * </ul>
 * Hashes compare as values, so hex case does not matter. Not checked, on purpose: that the Attachment
 * object's {@code length} is the length of the data, and that its {@code contentType} is the part's
 * {@code Content-Type}. Data §2.4.11 describes {@code length} as that length and §1.5.2.s2.b2.b7 asks
 * for matching values, but the LRS requirements (§1.5.2.s3) match data only by SHA-2 (§1.5.2.s1.b4
 * "MUST not do so any other way"), the specification's own example sends a part {@code text/plain}
 * for an object {@code text/plain; charset=ascii}. So a request is never refused for these: the hash
 * is authoritative, and the data is what it proves.
 */
public final class AttachmentCheck {

    private AttachmentCheck() {
    }

    /**
     * @param statements the request's Statements, in request order; not {@code null}
     * @param parts the attachment parts of the request ({@link MultipartStatements#parts()}); not {@code null}
     * @throws XapiRejected 400 listing every mismatch; those that concern an Attachment object carry
     *     a violation at its {@code sha2} ({@code /attachments/<i>/sha2} or {@code /object/attachments/<i>/sha2})
     */
    public static void check(List<JsonObject> statements, List<AttachmentPart> parts) {
        Set<String> received = parts.stream().map(AttachmentPart::sha2).collect(Collectors.toSet());
        Set<String> corrupt = parts.stream().filter(part -> !part.contentMatchesSha2())
                .map(AttachmentPart::sha2).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> referenced = new HashSet<>();
        List<StatementViolation> violations = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (AttachmentObject attachment : AttachmentObject.in(statements.get(i))) {
                String sha2 = attachment.sha2().orElse(null);
                if (sha2 == null) {
                    continue;
                }
                referenced.add(sha2);
                if (corrupt.contains(sha2)) {
                    violations.add(new StatementViolation(i, attachment.pointer() + "/sha2",
                            "The part with this X-Experience-API-Hash holds data with another digest."));
                } else if (!received.contains(sha2) && !attachment.hasFileUrl()) {
                    violations.add(new StatementViolation(i, attachment.pointer() + "/sha2",
                            "This attachment has no fileUrl and no part of the request has this X-Experience-API-Hash."));
                }
            }
        }
        Set<String> problems = new LinkedHashSet<>();
        corrupt.forEach(sha2 -> problems.add("The data of the part with X-Experience-API-Hash " + sha2
                + " does not have that digest."));
        violations.forEach(v -> problems.add("Statement " + v.statementIndex() + " " + v.pointer() + ": " + v.message()));
        parts.stream().map(AttachmentPart::sha2).filter(sha2 -> !referenced.contains(sha2)).forEach(sha2 -> problems.add(
                "The part with X-Experience-API-Hash " + sha2 + " is the data of no attachment of the statements."));
        if (!problems.isEmpty()) {
            throw new XapiRejected(XapiError.ATTACHMENT_INVALID, String.join(" ", problems), violations);
        }
    }

    /**
     * For an {@code application/json} request, which cannot carry attachment data: every Attachment
     * object must have a {@code fileUrl} (Communication §1.5.1.s1.b2, §1.5.2.s2.b1).
     *
     * @param statements the request's Statements, in request order; not {@code null}
     * @throws XapiRejected 400 with a violation at the missing {@code fileUrl} of each such object
     */
    public static void requireNoInlineAttachments(List<JsonObject> statements) {
        List<StatementViolation> violations = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (AttachmentObject attachment : AttachmentObject.in(statements.get(i))) {
                if (!attachment.hasFileUrl()) {
                    violations.add(new StatementViolation(i, attachment.pointer() + "/fileUrl",
                            "An attachment without fileUrl must come with its data in a multipart/mixed request."));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new XapiRejected(XapiError.ATTACHMENT_INVALID,
                    "Attachments without fileUrl need their data sent as multipart/mixed"
                    + " (xAPI Communication §1.5.2.s2).", violations);
        }
    }
}
