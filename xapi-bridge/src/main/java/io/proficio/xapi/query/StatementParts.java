package io.proficio.xapi.query;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.domain.xapi.StatementJson.text;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Where the parts the filters and formats care about sit in a Statement (xAPI 1.0.3 Data §2.4). */
final class StatementParts {

    /** The context Activity kinds (Data §2.4.6.2). */
    static final List<String> CONTEXT_ACTIVITY_KINDS = List.of("parent", "grouping", "category", "other");

    private StatementParts() {
    }

    /** The {@code objectType} of a Statement's Object, which is an Activity when none is given (§2.4.4). */
    static String objectType(JsonObject statementObject) {
        return text(statementObject, "objectType").orElse("Activity");
    }

    /**
     * The objects of a value that is one object or an array of them: context Activities may be
     * either in 1.0.x (§2.4.6.2, kept for 0.95 Statements), and {@code member} is an array.
     */
    static Stream<JsonObject> objects(JsonValue oneOrMany) {
        if (oneOrMany == null) {
            return Stream.empty();
        }
        return switch (oneOrMany.getValueType()) {
            case OBJECT -> Stream.of(oneOrMany.asJsonObject());
            case ARRAY -> oneOrMany.asJsonArray().stream()
                    .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject);
            default -> Stream.empty();
        };
    }

    /**
     * Puts into {@code into} the member {@code name} of {@code from} passed through {@code change}:
     * an object as a whole, an array element by element (elements that are not objects kept as they
     * are). Any other value, or no member, is left alone.
     */
    static void replace(JsonObject from, JsonObjectBuilder into, String name, UnaryOperator<JsonObject> change) {
        JsonValue value = from.get(name);
        if (value == null) {
            return;
        }
        switch (value.getValueType()) {
            case OBJECT -> into.add(name, change.apply(value.asJsonObject()));
            case ARRAY -> {
                JsonArrayBuilder changed = JSON.createArrayBuilder();
                value.asJsonArray().forEach(element -> changed.add(element.getValueType() == JsonValue.ValueType.OBJECT
                        ? change.apply(element.asJsonObject()) : element));
                into.add(name, changed);
            }
            default -> {
            }
        }
    }
}
