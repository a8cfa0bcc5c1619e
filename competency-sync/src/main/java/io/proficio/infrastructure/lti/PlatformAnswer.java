package io.proficio.infrastructure.lti;

import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first readable line of a platform's error answer, for people to read in a page or a log: the
 * message of a JSON error body (OAuth's {@code error_description}/{@code error}, Canvas's
 * {@code errors.message}, a plain {@code message}), else the first non-blank line of the text with HTML
 * tags taken out. Empty when the answer says nothing: no body, or only {@code []} / {@code {}} (Moodle's
 * AGS puts its reason into the HTTP status line, which Java's HTTP client does not expose, and answers
 * the body {@code []}).
 */
public final class PlatformAnswer {

    static final int MAX_LENGTH = 200;
    private static final List<String> MESSAGE_FIELDS = List.of("error_description", "message", "error", "detail", "title");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PlatformAnswer() {
    }

    /** @param body the answer's body; may be null */
    public static Optional<String> firstLine(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String text = body.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            Optional<JsonValue> json = json(text);
            if (json.isPresent()) {
                return message(json.get()).map(PlatformAnswer::shorten);
            }
        }
        return TAG.matcher(text).replaceAll(" ").lines().map(String::strip).filter(line -> !line.isEmpty())
                .findFirst().map(line -> shorten(line.replaceAll("\\s+", " ")));
    }

    private static Optional<String> message(JsonValue json) {
        if (json instanceof JsonObject object) {
            for (String field : MESSAGE_FIELDS) {
                JsonValue value = object.get(field);
                if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                    return Optional.of(object.getString(field)).filter(s -> !s.isBlank());
                }
            }
            JsonValue errors = object.get("errors");
            return errors == null ? Optional.empty() : message(errors);
        }
        if (json.getValueType() == JsonValue.ValueType.ARRAY && !json.asJsonArray().isEmpty()) {
            return message(json.asJsonArray().get(0));
        }
        return Optional.empty();
    }

    private static Optional<JsonValue> json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return Optional.of(reader.readValue());
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
