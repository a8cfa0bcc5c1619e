package io.proficio.domain.xapi;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An xAPI statement (xAPI 1.0.3 Data §2.4), parsed once and read through named parts rather than raw
 * JSON keys. Immutable: the parts read from the JSON-P tree, which is itself immutable, and
 * {@link #toJson()} hands back that tree. Optional parts that are absent or of another type read as
 * empty: a stored statement was validated, so this model never refuses one.
 */
public final class Statement {

    /** The kinds of context activities (Data §2.4.6.2). */
    public static final Set<String> CONTEXT_ACTIVITY_KINDS = Set.of("parent", "grouping", "category", "other");

    private final JsonObject json;

    private Statement(JsonObject json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** @throws IllegalArgumentException when the text is not a JSON object */
    public static Statement parse(String text) {
        try {
            return new Statement(JSON.createReader(new StringReader(text)).readObject());
        } catch (JsonException | ClassCastException e) {
            throw new IllegalArgumentException("A statement is a JSON object: " + e.getMessage(), e);
        }
    }

    public static Statement of(JsonObject json) {
        return new Statement(json);
    }

    /** The statement as JSON, exactly as parsed. */
    public JsonObject toJson() {
        return json;
    }

    public Optional<String> id() {
        return text(json, "id");
    }

    /** The actor's {@code name}, if it has one. */
    public Optional<String> actorName() {
        return text(object(json, "actor"), "name");
    }

    /** The verb's IRI; empty text when there is none. */
    public String verbId() {
        return text(object(json, "verb"), "id").orElse("");
    }

    /** The object's id when the object is an Activity ({@code objectType} absent or {@code Activity}). */
    public Optional<String> objectActivityId() {
        JsonObject target = object(json, "object");
        return text(target, "objectType").orElse("Activity").equals("Activity") ? text(target, "id") : Optional.empty();
    }

    /** The id of the statement a StatementRef object targets, in lower case. */
    public Optional<String> statementRefId() {
        JsonObject target = object(json, "object");
        return "StatementRef".equals(text(target, "objectType").orElse(""))
                ? text(target, "id").map(value -> value.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The ids of the context activities of one kind ({@link #CONTEXT_ACTIVITY_KINDS}), in order. */
    public List<String> contextActivities(String kind) {
        JsonValue value = object(object(json, "context"), "contextActivities").get(kind);
        if (value == null) {
            return List.of();
        }
        List<JsonValue> items = value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
        return items.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .flatMap(v -> text(v.asJsonObject(), "id").stream()).toList();
    }

    /** A member of {@code context}, if it is text (e.g. {@code registration}). */
    public Optional<String> context(String name) {
        return text(object(json, "context"), name);
    }

    /** A context extension, if it is a number. */
    public OptionalDouble contextNumber(String extension) {
        return object(object(json, "context"), "extensions").get(extension) instanceof JsonNumber number
                ? OptionalDouble.of(number.doubleValue()) : OptionalDouble.empty();
    }

    /** When the experience happened, if the statement says so in a readable form. */
    public Optional<Instant> timestamp() {
        return text(json, "timestamp").flatMap(Statement::instant);
    }

    public Optional<Boolean> success() {
        return flag(object(json, "result").get("success"));
    }

    public Optional<Boolean> completion() {
        return flag(object(json, "result").get("completion"));
    }

    /** {@code result.score.scaled}, if it is a number. */
    public OptionalDouble scaledScore() {
        return object(object(json, "result"), "score").get("scaled") instanceof JsonNumber scaled
                ? OptionalDouble.of(scaled.doubleValue()) : OptionalDouble.empty();
    }

    private static Optional<Boolean> flag(JsonValue value) {
        if (JsonValue.TRUE.equals(value)) {
            return Optional.of(true);
        }
        return JsonValue.FALSE.equals(value) ? Optional.of(false) : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Statement that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
