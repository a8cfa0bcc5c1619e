package io.proficio.domain.document;


import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * JSON documents and their merge (xAPI 1.0.3 Communication §2.2): a POST to a JSON document with a
 * JSON object sets each top-level property of the new object on the stored one, replacing a property
 * of the same name whole; nothing deeper is merged.
 */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /** Whether a content type is {@code application/json}, parameters such as {@code charset} aside. */
    public static boolean isJsonType(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }

    /** The bytes as a JSON object, or empty when they are not one (nothing may follow the object). */
    public static Optional<JsonObject> object(byte[] content) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(content))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** {@code stored} with every top-level property of {@code sent} set on it, as UTF-8 JSON. */
    public static byte[] merge(JsonObject stored, JsonObject sent) {
        JsonObjectBuilder merged = JSON.createObjectBuilder(stored);
        sent.forEach(merged::add);
        return merged.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
