package io.proficio.xapi.attachment;

import static io.proficio.xapi.attachment.TestBodies.everyByteValue;
import static io.proficio.xapi.attachment.TestBodies.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MultipartResponseTest {

    private static final String RESULT = "{\"statements\":[{\"id\":\"a3a5f3e0-3b6e-4c57-9d1f-6b5f2f1d3c11\","
            + "\"actor\":{\"name\":\"Zoë\",\"mbox\":\"mailto:zoe@example.com\"}}],\"more\":\"\"}";
    private static final AttachmentPart BINARY = new AttachmentPart(sha256(everyByteValue()), "image/png",
            everyByteValue());
    private static final AttachmentPart TEXT = new AttachmentPart(sha256("ends in CRLF\r\n"),
            "text/plain; charset=utf-8", "ends in CRLF\r\n".getBytes(StandardCharsets.UTF_8));

    private static byte[] written(MultipartResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.writeTo(out);
        return out.toByteArray();
    }

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("no attachments", List.of()),
                Arguments.of("one binary attachment", List.of(BINARY)),
                Arguments.of("two attachments", List.of(TEXT, BINARY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void isReadBackByTheRequestParser(String name, List<AttachmentPart> parts) throws IOException {
        MultipartResponse response = MultipartResponse.of(RESULT, parts);

        assertEquals(new MultipartStatements(RESULT, parts),
                MultipartStatements.parse(response.contentType(), written(response)));
    }

    @Test
    void sendsDataSharedByAttachmentsOnce() throws IOException {
        MultipartResponse response = MultipartResponse.of(RESULT, List.of(TEXT, BINARY, TEXT));

        assertEquals(List.of(TEXT, BINARY), MultipartStatements.parse(response.contentType(), written(response)).parts());
    }

    @Test
    void writesThePartHeadersOfTheTransmissionFormat() throws IOException {
        MultipartResponse response = MultipartResponse.of(RESULT, List.of(TEXT));
        String boundary = response.contentType().substring("multipart/mixed; boundary=".length());

        String body = new String(written(response), StandardCharsets.UTF_8);

        assertEquals("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + RESULT + "\r\n--" + boundary
                + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: " + TEXT.sha2() + "\r\n\r\nends in CRLF\r\n\r\n--" + boundary + "--\r\n", body);
    }

    @Test
    void choosesANewBoundaryForEachResponse() {
        String first = MultipartResponse.of(RESULT, List.of()).contentType();
        String second = MultipartResponse.of(RESULT, List.of()).contentType();

        assertTrue(first.startsWith("multipart/mixed; boundary="));
        assertNotEquals(first, second);
    }
}
