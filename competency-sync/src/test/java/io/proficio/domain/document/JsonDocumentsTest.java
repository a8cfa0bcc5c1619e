package io.proficio.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonDocumentsTest {

    @Test
    void mergeReplacesTopLevelPropertiesWholeAndKeepsTheOthers() {
        byte[] merged = JsonDocuments.merge(object("{\"a\":1,\"location\":{\"x\":1,\"y\":2}}"),
                object("{\"location\":{\"x\":3},\"b\":true}"));
        assertEquals(object("{\"a\":1,\"location\":{\"x\":3},\"b\":true}"), JsonDocuments.object(merged).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}{", "[1,2]", "\"text\"", "", "{\"a\":", "{} {}", "not json"})
    void onlyAWholeJsonObjectIsAnObject(String text) {
        assertTrue(JsonDocuments.object(text.getBytes(StandardCharsets.UTF_8)).isEmpty(), text);
    }

    @Test
    void whitespaceAroundAnObjectIsFine() {
        assertTrue(JsonDocuments.object(" {\"a\":1}\n".getBytes(StandardCharsets.UTF_8)).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8"})
    void jsonTypesWhateverTheirParameters(String type) {
        assertTrue(JsonDocuments.isJsonType(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/octet-stream", "application/json-patch+json", ""})
    void otherTypesAreNotJson(String type) {
        assertFalse(JsonDocuments.isJsonType(type));
    }

    @Test
    void documentsWithTheSameBytesHaveTheSameSha1Etag() {
        XapiDocument document = new XapiDocument(new io.proficio.domain.tenant.TenantId("t"),
                new DocumentContext(DocumentKind.STATE, "http://a.example.com", "mailto:a@example.com", "").document("s"),
                "text/plain", "hello".getBytes(StandardCharsets.UTF_8), java.time.Instant.EPOCH);
        assertEquals("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", document.etag());
    }

    private static jakarta.json.JsonObject object(String json) {
        return JsonDocuments.object(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
