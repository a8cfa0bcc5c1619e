package io.proficio.xapi.attachment;

import static io.proficio.xapi.attachment.TestBodies.digest;
import static io.proficio.xapi.attachment.TestBodies.json;
import static io.proficio.xapi.attachment.TestBodies.sha256;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttachmentCheckTest {

    private static final String ESSAY = "an essay";
    private static final String CERTIFICATE = "a certificate";

    private static String attachment(String sha2, int length, String more) {
        return "{'usageType': 'http://example.com/usage/essay', 'display': {'en-US': 'Essay'},"
                + " 'contentType': 'text/plain', 'length': " + length + ", 'sha2': '" + sha2 + "'" + more + "}";
    }

    /** An Attachment object for {@code text} with its right length and SHA-256. */
    private static String inline(String text) {
        return attachment(sha256(text), text.length(), "");
    }

    private static String hosted(String text) {
        return attachment(sha256(text), text.length(), ", 'fileUrl': 'http://example.com/files/1'");
    }

    private static JsonObject statement(String... attachments) {
        return json("{'actor': {'mbox': 'mailto:ada@example.com'}, 'verb': {'id': 'http://example.com/wrote'},"
                + " 'object': {'id': 'http://example.com/course'}"
                + (attachments.length == 0 ? "" : ", 'attachments': [" + String.join(", ", attachments) + "]") + "}");
    }

    private static JsonObject withSubStatement(String... attachments) {
        return json("{'actor': {'mbox': 'mailto:ada@example.com'}, 'verb': {'id': 'http://example.com/planned'},"
                + " 'object': {'objectType': 'SubStatement', 'actor': {'mbox': 'mailto:ada@example.com'},"
                + " 'verb': {'id': 'http://example.com/wrote'}, 'object': {'id': 'http://example.com/course'},"
                + " 'attachments': [" + String.join(", ", attachments) + "]}}");
    }

    private static AttachmentPart part(String text) {
        return new AttachmentPart(sha256(text), "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private static AttachmentPart part(String algorithm, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return new AttachmentPart(digest(algorithm, data), "text/plain", data);
    }

    static Stream<Arguments> matchingRequests() {
        return Stream.of(
                Arguments.of("no attachments, no parts", List.of(statement()), List.of()),
                Arguments.of("an attachment with its part", List.of(statement(inline(ESSAY))), List.of(part(ESSAY))),
                Arguments.of("an attachment with fileUrl needs no part", List.of(statement(hosted(ESSAY))), List.of()),
                Arguments.of("an attachment with fileUrl may have its part too",
                        List.of(statement(hosted(ESSAY))), List.of(part(ESSAY))),
                Arguments.of("two statements share one part",
                        List.of(statement(inline(ESSAY)), statement(inline(ESSAY), inline(CERTIFICATE))),
                        List.of(part(ESSAY), part(CERTIFICATE))),
                Arguments.of("sha2 in upper case matches the hash by value",
                        List.of(statement(attachment(sha256(ESSAY).toUpperCase(Locale.ROOT), 8, ""))),
                        List.of(part(ESSAY))),
                Arguments.of("SHA-224, SHA-384 and SHA-512 parts",
                        List.of(statement(attachment(part("SHA-224", ESSAY).sha2(), 8, ""),
                                attachment(part("SHA-384", ESSAY).sha2(), 8, ""),
                                attachment(part("SHA-512", ESSAY).sha2(), 8, ""))),
                        List.of(part("SHA-224", ESSAY), part("SHA-384", ESSAY), part("SHA-512", ESSAY))),
                Arguments.of("a length that is not the data's: the sha2 decides",
                        List.of(statement(attachment(sha256(ESSAY), 9999, ""))), List.of(part(ESSAY))),
                Arguments.of("a SubStatement's attachment with its part",
                        List.of(withSubStatement(inline(ESSAY))), List.of(part(ESSAY))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchingRequests")
    void acceptsPartsThatMatchTheAttachments(String name, List<JsonObject> statements, List<AttachmentPart> parts) {
        assertDoesNotThrow(() -> AttachmentCheck.check(statements, parts));
    }

    static Stream<Arguments> mismatchedRequests() {
        AttachmentPart corrupt = new AttachmentPart(sha256(ESSAY), "text/plain",
                "another essay".getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("an attachment without fileUrl and without part",
                        List.of(statement(inline(ESSAY))), List.of(),
                        Set.of("0:/attachments/0/sha2"), "no part of the request has this X-Experience-API-Hash"),
                Arguments.of("the second statement's attachment without part",
                        List.of(statement(inline(ESSAY)), statement(inline(CERTIFICATE))), List.of(part(ESSAY)),
                        Set.of("1:/attachments/0/sha2"), "Statement 1 /attachments/0/sha2"),
                Arguments.of("a SubStatement's attachment without part",
                        List.of(withSubStatement(inline(ESSAY))), List.of(),
                        Set.of("0:/object/attachments/0/sha2"), "no part of the request"),
                Arguments.of("a part no attachment refers to",
                        List.of(statement(inline(ESSAY))), List.of(part(ESSAY), part(CERTIFICATE)),
                        Set.of(), "X-Experience-API-Hash " + sha256(CERTIFICATE) + " is the data of no attachment"),
                Arguments.of("a part whose data has another digest than its hash",
                        List.of(statement(inline(ESSAY))), List.of(corrupt),
                        Set.of("0:/attachments/0/sha2"), "does not have that digest"),
                Arguments.of("a part with another digest, referred to by a fileUrl attachment",
                        List.of(statement(hosted(ESSAY))), List.of(corrupt),
                        Set.of("0:/attachments/0/sha2"), "does not have that digest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatchedRequests")
    void refusesPartsThatDoNotMatchTheAttachments(String name, List<JsonObject> statements,
            List<AttachmentPart> parts, Set<String> locations, String reason) {
        XapiRejected rejected = assertThrows(XapiRejected.class, () -> AttachmentCheck.check(statements, parts));

        assertEquals(XapiError.ATTACHMENT_INVALID, rejected.error());
        assertEquals(400, rejected.status());
        assertEquals(locations, locations(rejected));
        assertTrue(rejected.getMessage().contains(reason), () -> rejected.getMessage() + " should say " + reason);
    }

    static Stream<Arguments> jsonRequests() {
        return Stream.of(
                Arguments.of("no attachments", List.of(statement()), Set.of()),
                Arguments.of("only attachments with fileUrl",
                        List.of(statement(hosted(ESSAY)), withSubStatement(hosted(CERTIFICATE))), Set.of()),
                Arguments.of("an attachment without fileUrl",
                        List.of(statement(hosted(ESSAY), inline(CERTIFICATE))), Set.of("0:/attachments/1/fileUrl")),
                Arguments.of("a SubStatement's attachment without fileUrl",
                        List.of(statement(), withSubStatement(inline(ESSAY))), Set.of("1:/object/attachments/0/fileUrl")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonRequests")
    void requiresFileUrlOfEveryAttachmentSentAsJson(String name, List<JsonObject> statements, Set<String> locations) {
        if (locations.isEmpty()) {
            assertDoesNotThrow(() -> AttachmentCheck.requireNoInlineAttachments(statements));
        } else {
            XapiRejected rejected = assertThrows(XapiRejected.class,
                    () -> AttachmentCheck.requireNoInlineAttachments(statements));
            assertEquals(XapiError.ATTACHMENT_INVALID, rejected.error());
            assertEquals(400, rejected.status());
            assertEquals(locations, locations(rejected));
        }
    }

    private static Set<String> locations(XapiRejected rejected) {
        return rejected.violations().stream().map(v -> v.statementIndex() + ":" + v.pointer()).collect(Collectors.toSet());
    }
}
