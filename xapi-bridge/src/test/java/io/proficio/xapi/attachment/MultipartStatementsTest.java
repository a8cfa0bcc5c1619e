package io.proficio.xapi.attachment;

import static io.proficio.xapi.attachment.TestBodies.CRLF;
import static io.proficio.xapi.attachment.TestBodies.bytes;
import static io.proficio.xapi.attachment.TestBodies.everyByteValue;
import static io.proficio.xapi.attachment.TestBodies.lines;
import static io.proficio.xapi.attachment.TestBodies.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultipartStatementsTest {

    private static final String STATEMENT = "{\"actor\":{\"mbox\":\"mailto:sample.agent@example.com\"},"
            + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\"},"
            + "\"object\":{\"id\":\"http://www.example.com/tincan/activities/multipart\"}}";
    private static final String TEXT = "here is a simple attachment";
    private static final String TEXT_SHA2 = "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a";
    private static final AttachmentPart TEXT_PART = new AttachmentPart(TEXT_SHA2, "text/plain",
            TEXT.getBytes(StandardCharsets.US_ASCII));
    private static final String TYPE = "multipart/mixed; boundary=b0und4ry";

    @Test
    void readsTheExampleOfTheSpecification() {
        // xAPI 1.0.3 Communication §1.5.2.s6, with the CRLF line breaks it asks for.
        byte[] body = bytes(CRLF, lines("--abcABC0123'()+_,-./:=?", "Content-Type:application/json", "", STATEMENT,
                "--abcABC0123'()+_,-./:=?", "Content-Type:text/plain", "Content-Transfer-Encoding:binary",
                "X-Experience-API-Hash:" + TEXT_SHA2, "", TEXT, "--abcABC0123'()+_,-./:=?--"));

        MultipartStatements parsed = MultipartStatements.parse(
                "multipart/mixed; boundary=\"abcABC0123'()+_,-./:=?\"", body);

        assertEquals(new MultipartStatements(STATEMENT, List.of(TEXT_PART)), parsed);
        assertEquals(TEXT_SHA2, sha256(TEXT), "the example's hash is the SHA-256 of its text");
    }

    @Test
    void keepsBinaryContentExactlyBetweenPreambleAndEpilogue() {
        byte[] binary = everyByteValue();
        byte[] crlfAtEnd = bytes("ends in a line break", CRLF, CRLF);
        byte[] body = bytes("This preamble is ignored.", CRLF,
                lines("--b0und4ry", "Content-Type: application/json", "", STATEMENT,
                        "--b0und4ry", "Content-Type: application/octet-stream", "Content-Transfer-Encoding: binary",
                        "X-Experience-API-Hash: " + sha256(binary), ""),
                binary, CRLF,
                lines("--b0und4ry", "Content-Type: text/plain", "Content-Transfer-Encoding: binary",
                        "X-Experience-API-Hash: " + sha256(crlfAtEnd), ""),
                crlfAtEnd, CRLF,
                lines("--b0und4ry--", "This epilogue is ignored, --b0und4ry too."));

        MultipartStatements parsed = MultipartStatements.parse(TYPE, body);

        assertEquals(STATEMENT, parsed.statements());
        assertEquals(List.of(new AttachmentPart(sha256(binary), "application/octet-stream", binary),
                new AttachmentPart(sha256(crlfAtEnd), "text/plain", crlfAtEnd)), parsed.parts());
    }

    static Stream<Arguments> acceptedBodies() {
        String part = lines("Content-Type: text/plain", "Content-Transfer-Encoding: binary",
                "X-Experience-API-Hash: " + TEXT_SHA2, "", TEXT);
        String json = lines("Content-Type: application/json", "", STATEMENT);
        return Stream.of(
                Arguments.of("statements only, no attachment part", TYPE,
                        bytes("--b0und4ry", CRLF, json, "--b0und4ry--"), List.of()),
                Arguments.of("boundary not quoted, parameter names in any case",
                        "Multipart/Mixed;Charset=utf-8; BOUNDARY=b0und4ry",
                        bytes("--b0und4ry", CRLF, json, "--b0und4ry", CRLF, part, "--b0und4ry--", CRLF),
                        List.of(TEXT_PART)),
                Arguments.of("quoted boundary with an escaped character and a space",
                        "multipart/mixed; boundary=\"a\\(b c\"",
                        bytes("--a(b c", CRLF, json, "--a(b c", CRLF, part, "--a(b c--"), List.of(TEXT_PART)),
                Arguments.of("header names in any case", TYPE,
                        bytes(lines("--b0und4ry", "content-type: application/json", "", STATEMENT, "--b0und4ry",
                                "CONTENT-TYPE: text/plain", "content-transfer-encoding: BINARY",
                                "x-experience-api-hash: " + TEXT_SHA2, "", TEXT, "--b0und4ry--")),
                        List.of(TEXT_PART)),
                Arguments.of("no Content-Transfer-Encoding: binary is assumed (Communication §1.5.2.s3.b6)", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: application/json", "", STATEMENT, "--b0und4ry",
                                "Content-Type: text/plain", "X-Experience-API-Hash: " + TEXT_SHA2, "", TEXT,
                                "--b0und4ry--")),
                        List.of(TEXT_PART)),
                Arguments.of("no Content-Type on an attachment part: RFC 2046 default", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: application/json", "", STATEMENT, "--b0und4ry",
                                "X-Experience-API-Hash: " + TEXT_SHA2, "", TEXT, "--b0und4ry--")),
                        List.of(new AttachmentPart(TEXT_SHA2, "text/plain; charset=US-ASCII", TEXT_PART.content()))),
                Arguments.of("hash in upper case is held in lower case", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: application/json", "", STATEMENT, "--b0und4ry",
                                "Content-Type: text/plain", "X-Experience-API-Hash: " + TEXT_SHA2.toUpperCase(Locale.ROOT),
                                "", TEXT, "--b0und4ry--")),
                        List.of(TEXT_PART)),
                Arguments.of("transport padding after boundaries, folded header", TYPE,
                        bytes(lines("--b0und4ry \t", "Content-Type:", " application/json", "", STATEMENT,
                                "--b0und4ry  ", "Content-Type: text/plain", "X-Experience-API-Hash: " + TEXT_SHA2, "",
                                TEXT, "--b0und4ry--")),
                        List.of(TEXT_PART)),
                Arguments.of("first part application/json with charset UTF-8", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: application/json; charset=UTF-8", "", STATEMENT,
                                "--b0und4ry--")),
                        List.of()),
                Arguments.of("LF line breaks throughout, decided by the first boundary line", TYPE,
                        bytes(String.join("\n", "--b0und4ry", "Content-Type: application/json", "", STATEMENT,
                                "--b0und4ry", "Content-Type: text/plain", "X-Experience-API-Hash: " + TEXT_SHA2, "",
                                TEXT, "--b0und4ry--", "")),
                        List.of(TEXT_PART)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedBodies")
    void readsStatementsAndParts(String name, String contentType, byte[] body, List<AttachmentPart> parts) {
        assertEquals(new MultipartStatements(STATEMENT, parts), MultipartStatements.parse(contentType, body));
    }

    static Stream<Arguments> malformedRequests() {
        String json = lines("--b0und4ry", "Content-Type: application/json", "", STATEMENT);
        return Stream.of(
                Arguments.of("no Content-Type", null, bytes(json, "--b0und4ry--"), "no valid Content-Type"),
                Arguments.of("Content-Type not multipart/mixed", "multipart/form-data; boundary=b0und4ry",
                        bytes(json, "--b0und4ry--"), "multipart/form-data"),
                Arguments.of("no boundary parameter", "multipart/mixed", bytes(json, "--b0und4ry--"),
                        "no boundary parameter"),
                Arguments.of("boundary longer than 70 characters", "multipart/mixed; boundary=" + "b".repeat(71),
                        bytes(json, "--b0und4ry--"), "1 to 70"),
                Arguments.of("boundary ending in a space", "multipart/mixed; boundary=\"b0und4ry \"",
                        bytes(json, "--b0und4ry--"), "1 to 70"),
                Arguments.of("unterminated quoted boundary", "multipart/mixed; boundary=\"b0und4ry",
                        bytes(json, "--b0und4ry--"), "no valid Content-Type"),
                Arguments.of("body without the boundary", TYPE, bytes(STATEMENT), "no line --b0und4ry"),
                Arguments.of("empty body", TYPE, null, "no line --b0und4ry"),
                Arguments.of("boundary found only inside a line", TYPE, bytes("x--b0und4ry", CRLF, STATEMENT),
                        "no line --b0und4ry"),
                Arguments.of("body closing at once", TYPE, bytes(lines("--b0und4ry--")), "no parts"),
                Arguments.of("no closing boundary", TYPE, bytes(json), "without the closing boundary"),
                Arguments.of("text after the boundary on its line", TYPE,
                        bytes(lines("--b0und4ryX", "Content-Type: application/json", "", STATEMENT, "--b0und4ry--")),
                        "goes on after"),
                Arguments.of("first part not JSON", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: text/plain", "", STATEMENT, "--b0und4ry--")),
                        "first part must have Content-Type application/json"),
                Arguments.of("first part without Content-Type", TYPE,
                        bytes(lines("--b0und4ry", "", STATEMENT, "--b0und4ry--")),
                        "first part must have Content-Type application/json"),
                Arguments.of("first part in another charset", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: application/json; charset=ISO-8859-1", "",
                                STATEMENT, "--b0und4ry--")), "must be UTF-8"),
                Arguments.of("first part not UTF-8", TYPE,
                        bytes(lines("--b0und4ry", "Content-Type: application/json", ""), new byte[] {(byte) 0xC3, '('},
                                CRLF, "--b0und4ry--"), "not UTF-8"),
                Arguments.of("attachment part without hash", TYPE,
                        bytes(json, lines("--b0und4ry", "Content-Type: text/plain",
                                "Content-Transfer-Encoding: binary", "", TEXT, "--b0und4ry--")),
                        "Part 2 has no X-Experience-API-Hash"),
                Arguments.of("hash that is not a SHA-2 hex digest", TYPE,
                        bytes(json, lines("--b0und4ry", "X-Experience-API-Hash: " + TEXT_SHA2.substring(1), "",
                                TEXT, "--b0und4ry--")), "not the hex of a SHA-224"),
                Arguments.of("base64 transfer encoding", TYPE,
                        bytes(json, lines("--b0und4ry", "Content-Transfer-Encoding: base64",
                                "X-Experience-API-Hash: " + TEXT_SHA2, "", "aGVyZQ==", "--b0und4ry--")),
                        "Content-Transfer-Encoding base64"),
                Arguments.of("malformed Content-Type on an attachment part", TYPE,
                        bytes(json, lines("--b0und4ry", "Content-Type: text", "X-Experience-API-Hash: " + TEXT_SHA2,
                                "", TEXT, "--b0und4ry--")), "Part 2 has a malformed Content-Type"),
                Arguments.of("no blank line after the headers", TYPE,
                        bytes(json, "--b0und4ry", CRLF, "X-Experience-API-Hash: " + TEXT_SHA2, CRLF, "--b0und4ry--"),
                        "no blank line"),
                Arguments.of("header line without a colon", TYPE,
                        bytes(json, lines("--b0und4ry", TEXT_SHA2, "", TEXT, "--b0und4ry--")), "not 'Name: value'"),
                Arguments.of("a header given twice", TYPE,
                        bytes(json, lines("--b0und4ry", "X-Experience-API-Hash: " + TEXT_SHA2,
                                "x-experience-api-hash: " + TEXT_SHA2, "", TEXT, "--b0und4ry--")),
                        "header x-experience-api-hash twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void refusesMalformedRequestsWith400(String name, String contentType, byte[] body, String reason) {
        XapiRejected rejected = assertThrows(XapiRejected.class, () -> MultipartStatements.parse(contentType, body));

        assertEquals(XapiError.MULTIPART_INVALID, rejected.error());
        assertEquals(400, rejected.status());
        assertTrue(rejected.getMessage().contains(reason), () -> rejected.getMessage() + " should say " + reason);
    }
}
