package io.proficio.xapi.attachment;


import static io.proficio.domain.Jsonp.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementComparison;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LRS's checks of a Signed Statement (xAPI 1.0.3 Data §2.6): one whose {@code attachments} hold a
 * JWS with usageType {@value #SIGNATURE_USAGE_TYPE}. A malformed signature is refused with 400
 * (§2.6.s5.b1). In order:
 * <ol>
 *   <li>the signature Attachment has contentType {@code application/octet-stream} (§2.6.s4.b1) and its
 *       data came as a part of the request;</li>
 *   <li>the data is a JWS in Compact Serialization (§2.6.s4.b2; the JSON Serialization, "strongly
 *       discouraged" and to be forbidden, is refused as malformed);</li>
 *   <li>its algorithm is RS256, RS384 or RS512 (§2.6.s4.b4);</li>
 *   <li>if its header has {@code x5c}, the signature verifies with the public key of the first
 *       certificate there (§2.6.s5.b3.b3). Only that: the chain, validity dates and trust are not
 *       checked, since this check "is intended as a way to catch mistakes in the signature, not as a
 *       security measure" (§2.6.s5 Note). Without {@code x5c} the signature is not verified (nor with a
 *       {@code jwk} header, which the specification does not ask for);</li>
 *   <li>its payload is a JSON Statement "logically equivalent" to the received one (§2.6.s5.b3.b2),
 *       compared by {@link StatementComparison#sameStatement} (Data §2.3.1). The payload is "the
 *       complete Statement before the signature was added" (§2.6.s4.b3), so the received Statement is
 *       compared without the signature Attachment, and without {@code attachments} when that leaves
 *       none; an empty {@code attachments} array in the payload counts as none too. The payload is
 *       taken as the Statement as first made: properties the LRS may assign ({@code id},
 *       {@code timestamp}, {@code version}, {@code stored}, {@code authority}) may be missing from it.</li>
 * </ol>
 * A Statement without a signature Attachment is not checked; a SubStatement's signature Attachment is
 * not one of the Statement. A Statement with more than one signature Attachment is refused: "the
 * Statement before the signature was added" then has no single meaning.
 */
public final class SignedStatements {

    /** Data §2.6.s4.b1. */
    public static final String SIGNATURE_USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512);

    private SignedStatements() {
    }

    /**
     * @param index the Statement's position in the request, for the violation
     * @param statement the Statement as received, after {@link AttachmentCheck#check}; not {@code null}
     * @param parts the attachment parts of the request; not {@code null}
     * @throws XapiRejected 400 with a violation at the signature Attachment ({@code /attachments/<i>},
     *     or its {@code contentType} or {@code sha2}) when the signature is malformed
     */
    public static void verify(int index, JsonObject statement, List<AttachmentPart> parts) {
        List<AttachmentObject> signatures = AttachmentObject.ownedBy(statement).stream()
                .filter(a -> a.text("usageType").filter(SIGNATURE_USAGE_TYPE::equals).isPresent()).toList();
        if (signatures.isEmpty()) {
            return;
        }
        AttachmentObject signature = signatures.get(0);
        if (signatures.size() > 1) {
            throw rejected(index, signatures.get(1).pointer(), "A statement can carry only one signature.");
        }
        if (signature.text("contentType").flatMap(MediaTypeHeader::parse)
                .filter(type -> type.is("application", "octet-stream")).isEmpty()) {
            throw rejected(index, signature.pointer() + "/contentType",
                    "A signature attachment has contentType application/octet-stream (xAPI Data §2.6.s4.b1).");
        }
        AttachmentPart part = signature.sha2()
                .flatMap(sha2 -> parts.stream().filter(p -> p.sha2().equals(sha2)).findFirst())
                .orElseThrow(() -> rejected(index, signature.pointer() + "/sha2",
                        "The signature must come as a part of the request, for the LRS to check it (xAPI Data §2.6.s5.b3)."));
        JWSObject jws = compactJws(index, signature, part);
        if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
            throw rejected(index, signature.pointer(), "The signature uses " + jws.getHeader().getAlgorithm()
                    + "; only RS256, RS384 and RS512 are allowed (xAPI Data §2.6.s4.b4).");
        }
        List<Base64> certificates = jws.getHeader().getX509CertChain();
        if (certificates != null && !certificates.isEmpty()) {
            verifyWith(certificates.get(0), jws, index, signature);
        }
        JsonObject original = payloadStatement(jws, index, signature);
        if (!StatementComparison.sameStatement(durationToHundredths(withoutSignature(statement, signature)),
                durationToHundredths(withoutEmptyAttachments(original)))) {
            throw rejected(index, signature.pointer(), "The statement signed differs from the statement sent"
                    + " (xAPI Data §2.6.s5.b3.b2).");
        }
    }

    private static JWSObject compactJws(int index, AttachmentObject signature, AttachmentPart part) {
        try {
            return JWSObject.parse(new String(part.content(), StandardCharsets.US_ASCII).strip());
        } catch (ParseException e) {
            throw rejected(index, signature.pointer(), "The signature is not a JWS in compact serialization"
                    + " (xAPI Data §2.6.s4.b2): " + e.getMessage());
        }
    }

    private static void verifyWith(Base64 certificate, JWSObject jws, int index, AttachmentObject signature) {
        X509Certificate x509 = X509CertUtils.parse(certificate.decode());
        if (x509 == null || !(x509.getPublicKey() instanceof RSAPublicKey key)) {
            throw rejected(index, signature.pointer(), "The first x5c entry of the signature is not an X.509"
                    + " certificate of an RSA key.");
        }
        boolean verified;
        try {
            verified = jws.verify(new RSASSAVerifier(key));
        } catch (JOSEException e) {
            verified = false;
        }
        if (!verified) {
            throw rejected(index, signature.pointer(), "The signature does not verify with the certificate in its"
                    + " x5c header (xAPI Data §2.6.s5.b3.b3).");
        }
    }

    private static JsonObject payloadStatement(JWSObject jws, int index, AttachmentObject signature) {
        try (JsonReader reader = JSON.createReader(new StringReader(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(jws.getPayload().toBytes())).toString()))) {
            return reader.readObject();
        } catch (CharacterCodingException | JsonException | IllegalStateException e) {
            throw rejected(index, signature.pointer(), "The payload of the signature is not a statement in JSON"
                    + " (xAPI Data §2.6.s4.b3).");
        }
    }

    /**
     * The statement with its {@code result.duration} cut to hundredths of a second: "when making a comparison
     * (e.g. as a part of the statement signing process) of Statements in regard to a Duration, any
     * precision beyond 0.01 second precision SHOULD* NOT be included" (xAPI 1.0.3 Data §2.4.5; the same
     * in IEEE 9274.1.1), and an LRS may store durations to that precision.
     */
    static JsonObject durationToHundredths(JsonObject statement) {
        if (!(statement.get("result") instanceof JsonObject result) || !(result.get("duration") instanceof JsonString duration)) {
            return statement;
        }
        Matcher m = SECONDS_FRACTION.matcher(duration.getString());
        if (!m.find()) {
            return statement;
        }
        String fraction = m.group(2).length() > 2 ? m.group(2).substring(0, 2) : m.group(2);
        fraction = fraction.replaceAll("0+$", "");
        String cut = duration.getString().substring(0, m.start()) + m.group(1)
                + (fraction.isEmpty() ? "" : "." + fraction) + "S";
        return JSON.createObjectBuilder(statement)
                .add("result", JSON.createObjectBuilder(result).add("duration", cut)).build();
    }

    private static JsonObject withoutSignature(JsonObject statement, AttachmentObject signature) {
        JsonArrayBuilder others = JSON.createArrayBuilder();
        statement.getJsonArray("attachments").stream().filter(a -> !a.equals(signature.json())).forEach(others::add);
        return withAttachments(statement, others.build());
    }

    private static JsonObject withoutEmptyAttachments(JsonObject statement) {
        return statement.get("attachments") instanceof JsonArray attachments
                ? withAttachments(statement, attachments) : statement;
    }

    private static JsonObject withAttachments(JsonObject statement, JsonArray attachments) {
        JsonObjectBuilder out = JSON.createObjectBuilder(statement);
        return (attachments.isEmpty() ? out.remove("attachments") : out.add("attachments", attachments)).build();
    }

    /** The seconds of an ISO 8601 duration with a fraction, at its end: {@code 1.23456S}. */
    private static final Pattern SECONDS_FRACTION = Pattern.compile("(\\d+)[.,](\\d+)S$");

    private static XapiRejected rejected(int index, String pointer, String message) {
        return new XapiRejected(XapiError.SIGNATURE_INVALID, message,
                List.of(new StatementViolation(index, pointer, message)));
    }
}
