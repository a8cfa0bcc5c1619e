package io.proficio.xapi.attachment;

import static io.proficio.xapi.attachment.TestBodies.json;
import static io.proficio.xapi.attachment.TestBodies.sha256;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignedStatementsTest {

    private static final KeyPair KEYS = rsaKeys();
    private static final KeyPair OTHER_KEYS = rsaKeys();
    private static final X509Certificate CERTIFICATE = TestCertificates.selfSigned(KEYS);
    private static final X509Certificate OTHER_CERTIFICATE = TestCertificates.selfSigned(OTHER_KEYS);

    private static final String ID = "'id': 'a3a5f3e0-3b6e-4c57-9d1f-6b5f2f1d3c11'";
    private static final String TIMESTAMP = "'timestamp': '2024-03-01T10:15:30.123Z'";
    private static final String ACTOR = "'actor': {'mbox': 'mailto:ada@example.com', 'name': 'Ada'}";
    private static final String VERB = "'verb': {'id': 'http://adlnet.gov/expapi/verbs/completed'}";
    private static final String OTHER_VERB = "'verb': {'id': 'http://adlnet.gov/expapi/verbs/failed'}";
    private static final String OBJECT = "'object': {'id': 'http://example.com/course/1'}";
    private static final String PHOTO = "'attachments': [{'usageType': 'http://example.com/usage/photo',"
            + " 'display': {'en-US': 'Photo'}, 'contentType': 'image/png', 'length': 3,"
            + " 'sha2': '" + sha256("png") + "'}]";

    /** A Statement as sent, and the parts of its request. */
    private record Request(JsonObject statement, List<AttachmentPart> parts) {
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON text of a Statement made of the parts, written with single quotes. */
    private static String st(String... parts) {
        return ("{" + String.join(", ", parts) + "}").replace('\'', '"');
    }

    private static String jws(JWSAlgorithm algorithm, JWSSigner signer, List<X509Certificate> x5c, String payload) {
        try {
            List<Base64> chain = new ArrayList<>();
            for (X509Certificate certificate : x5c) {
                chain.add(Base64.encode(certificate.getEncoded()));
            }
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).x509CertChain(chain.isEmpty() ? null : chain)
                    .build(), new Payload(payload));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rs(JWSAlgorithm algorithm, List<X509Certificate> x5c, String payload) {
        return jws(algorithm, new RSASSASigner(KEYS.getPrivate()), x5c, payload);
    }

    /** {@code sent} plus a signature Attachment whose data is {@code signature}, and that data as a part. */
    private static Request signed(String sent, String signature, String contentType) {
        byte[] data = signature.getBytes(StandardCharsets.US_ASCII);
        JsonObject statement = json(sent);
        JsonArrayBuilder attachments = statement.containsKey("attachments")
                ? Json.createArrayBuilder(statement.getJsonArray("attachments")) : Json.createArrayBuilder();
        attachments.add(Json.createObjectBuilder().add("usageType", SignedStatements.SIGNATURE_USAGE_TYPE)
                .add("display", Json.createObjectBuilder().add("en-US", "Signature")).add("contentType", contentType)
                .add("length", data.length).add("sha2", sha256(data)));
        return new Request(Json.createObjectBuilder(statement).add("attachments", attachments).build(),
                List.of(new AttachmentPart(sha256(data), "application/octet-stream", data)));
    }

    private static Request signed(String sent, String signature) {
        return signed(sent, signature, "application/octet-stream");
    }

    static Stream<Arguments> wellSigned() {
        String sent = st(ID, ACTOR, VERB, OBJECT);
        return Stream.of(
                Arguments.of("RS256 without x5c", signed(sent, rs(JWSAlgorithm.RS256, List.of(), sent))),
                Arguments.of("RS384 with x5c", signed(sent, rs(JWSAlgorithm.RS384, List.of(CERTIFICATE), sent))),
                Arguments.of("RS512 with a chain, first the signer's certificate",
                        signed(sent, rs(JWSAlgorithm.RS512, List.of(CERTIFICATE, OTHER_CERTIFICATE), sent))),
                Arguments.of("payload without the id and timestamp sent",
                        signed(st(ID, TIMESTAMP, ACTOR, VERB, OBJECT),
                                rs(JWSAlgorithm.RS256, List.of(CERTIFICATE), st(ACTOR, VERB, OBJECT)))),
                Arguments.of("payload with the attachments the statement had before it was signed",
                        signed(st(ID, ACTOR, VERB, OBJECT, PHOTO),
                                rs(JWSAlgorithm.RS256, List.of(), st(ID, ACTOR, VERB, OBJECT, PHOTO)))),
                Arguments.of("payload with an empty attachments array",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(), st(ID, ACTOR, VERB, OBJECT, "'attachments': []")))),
                Arguments.of("payload with other property order and whitespace",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(), st(OBJECT, VERB, ACTOR, ID).replace(",", " ,\n")))),
                Arguments.of("no signature attachment", new Request(json(st(ID, ACTOR, VERB, OBJECT, PHOTO)), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellSigned")
    void acceptsWellFormedSignatures(String name, Request request) {
        assertDoesNotThrow(() -> SignedStatements.verify(0, request.statement(), request.parts()));
    }

    static Stream<Arguments> malformedSignatures() throws JOSEException {
        String sent = st(ID, ACTOR, VERB, OBJECT);
        Request twice = signed(sent, rs(JWSAlgorithm.RS256, List.of(), sent));
        JsonObject signature = twice.statement().getJsonArray("attachments").getJsonObject(0);
        return Stream.of(
                Arguments.of("payload with another verb",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(CERTIFICATE), st(ID, ACTOR, OTHER_VERB, OBJECT))),
                        "/attachments/0", "differs"),
                Arguments.of("payload without an attachment the statement had besides the signature",
                        signed(st(ID, ACTOR, VERB, OBJECT, PHOTO), rs(JWSAlgorithm.RS256, List.of(), sent)),
                        "/attachments/1", "differs"),
                Arguments.of("HS256, not an RSA algorithm",
                        signed(sent, jws(JWSAlgorithm.HS256, new MACSigner(new byte[32]), List.of(), sent)),
                        "/attachments/0", "HS256"),
                Arguments.of("not a JWS", signed(sent, "not a JWS at all"), "/attachments/0", "compact serialization"),
                Arguments.of("JWS in JSON serialization",
                        signed(sent, "{\"payload\": \"e30\", \"signatures\": []}"), "/attachments/0", "compact serialization"),
                Arguments.of("payload that is not JSON",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(), sent.replaceFirst("\"", "'"))),
                        "/attachments/0", "not a statement in JSON"),
                Arguments.of("payload that is a JSON array",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(), "[" + sent + "]")),
                        "/attachments/0", "not a statement in JSON"),
                Arguments.of("x5c certificate of another key",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(OTHER_CERTIFICATE), sent)),
                        "/attachments/0", "does not verify"),
                Arguments.of("x5c entry that is not a certificate",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(), sent).replaceFirst("^[^.]+",
                                Base64URL.encode("{\"alg\":\"RS256\",\"x5c\":[\"anVuaw==\"]}")
                                        .toString())),
                        "/attachments/0", "not an X.509 certificate"),
                Arguments.of("signature attachment of contentType text/plain",
                        signed(sent, rs(JWSAlgorithm.RS256, List.of(), sent), "text/plain; charset=ascii"),
                        "/attachments/0/contentType", "application/octet-stream"),
                Arguments.of("signature without its part",
                        new Request(twice.statement(), List.of()), "/attachments/0/sha2", "part of the request"),
                Arguments.of("two signature attachments",
                        new Request(Json.createObjectBuilder(twice.statement())
                                .add("attachments", Json.createArrayBuilder().add(signature).add(signature)).build(),
                                twice.parts()),
                        "/attachments/1", "only one signature"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedSignatures")
    void refusesMalformedSignaturesWith400(String name, Request request, String pointer, String reason) {
        XapiRejected rejected = assertThrows(XapiRejected.class,
                () -> SignedStatements.verify(3, request.statement(), request.parts()));

        assertEquals(XapiError.SIGNATURE_INVALID, rejected.error());
        assertEquals(400, rejected.status());
        StatementViolation violation = rejected.violations().get(0);
        assertEquals(List.of(3, pointer), List.of(violation.statementIndex(), violation.pointer()));
        assertTrue(rejected.getMessage().contains(reason), () -> rejected.getMessage() + " should say " + reason);
    }

    @Test
    void acceptsASignedRequestShapedLikeTheAdlConformanceSuite() {
        // The body helper.signStatement of the ADL LRS conformance suite builds for Data §2.6: a CRLF before
        // the first boundary, no space after header colons, nothing after the closing boundary.
        String sent = st(ID, ACTOR, VERB, OBJECT);
        Request request = signed(sent, rs(JWSAlgorithm.RS256, List.of(), sent));
        AttachmentPart signature = request.parts().get(0);
        byte[] body = TestBodies.bytes("\r\n--------------1234567\r\nContent-Type:application/json\r\n\r\n",
                request.statement().toString(), "\r\n--------------1234567\r\nContent-Type:application/octet-stream\r\n"
                        + "Content-Transfer-Encoding:binary\r\nX-Experience-API-Hash:" + signature.sha2() + "\r\n\r\n",
                signature.content(), "\r\n--------------1234567--");

        MultipartStatements parsed = MultipartStatements.parse("multipart/mixed; boundary=------------1234567", body);
        List<JsonObject> statements = List.of(json(parsed.statements()));

        assertEquals(List.of(signature), parsed.parts());
        assertDoesNotThrow(() -> AttachmentCheck.check(statements, parsed.parts()));
        assertDoesNotThrow(() -> SignedStatements.verify(0, statements.get(0), parsed.parts()));
    }

    @Test
    void readsTheCertificateMadeForTheseTests() {
        assertEquals(KEYS.getPublic(), CERTIFICATE.getPublicKey());
    }
}
