package io.proficio.infrastructure.lti;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads of the JSON the services return. A required member that is missing or of the wrong type
 * throws {@link IllegalArgumentException}, which the clients report as
 * {@link LtiServiceError#BAD_RESPONSE} with the URL; optional members read as empty.
 */
public final class Fields {

    /** ISO 8601 in UTC with milliseconds, as the AGS examples write timestamps: {@code 2017-04-16T18:54:36.736Z}. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Fields() {
    }

    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    public static JsonObject object(JsonValue value, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new IllegalArgumentException(what + " is not a JSON object");
    }

    public static JsonArray array(JsonValue value, String what) {
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new IllegalArgumentException(what + " is not a JSON array");
    }

    public static String string(JsonObject object, String name) {
        return optionalString(object, name).orElseThrow(() -> new IllegalArgumentException("no string " + name));
    }

    public static Optional<String> optionalString(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string && !string.getString().isBlank()
                ? Optional.of(string.getString())
                : Optional.empty();
    }

    public static URI uri(JsonObject object, String name) {
        return URI.create(string(object, name));
    }

    public static double number(JsonObject object, String name) {
        OptionalDouble number = optionalNumber(object, name);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("no number " + name);
        }
        return number.getAsDouble();
    }

    public static OptionalDouble optionalNumber(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber number ? OptionalDouble.of(number.doubleValue()) : OptionalDouble.empty();
    }

    /** An array of strings; a missing member reads as an empty list. */
    public static List<String> strings(JsonObject object, String name) {
        List<String> strings = new ArrayList<>();
        for (JsonValue value : array(object.getOrDefault(name, JsonValue.EMPTY_JSON_ARRAY), name)) {
            if (!(value instanceof JsonString string)) {
                throw new IllegalArgumentException(name + " holds a value that is not a string");
            }
            strings.add(string.getString());
        }
        return List.copyOf(strings);
    }
}
