package io.proficio.domain.xapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * Reading a statement's members that may be absent or of another type (a statement is validated,
 * but its optional parts need not be there): an absent object reads as empty, a non-string as no text.
 */
public final class StatementJson {

    private StatementJson() {
    }

    /** The member {@code name} if it is an object, else the empty object. */
    public static JsonObject object(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The member {@code name} if it is a string. */
    public static Optional<String> text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
    }
}
