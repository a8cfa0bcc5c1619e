package io.proficio.domain.casepkg;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Lenient reads of optional CASE properties: a missing or mistyped value reads as null. */
final class Json {

    private Json() {
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    static Integer integer(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.intValue();
        }
        if (value instanceof JsonString string) {
            try {
                return Integer.valueOf(string.getString().strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    static JsonObject object(JsonObject object, String name) {
        return object.get(name) instanceof JsonObject child ? child : null;
    }
}
