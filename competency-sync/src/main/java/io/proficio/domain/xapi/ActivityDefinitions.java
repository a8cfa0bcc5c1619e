package io.proficio.domain.xapi;


import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/**
 * The canonical definition of an Activity as the Activities resource returns it (xAPI 1.0.3
 * Communication §2.5: "all available information about an activity from any statements who target
 * the same activityId"): definitions merge as they arrive, the language maps ({@code name},
 * {@code description}) and {@code extensions} key by key, every other property replaced by the later
 * statement's, so each language and extension any statement gave is kept, and the newest wins.
 */
public final class ActivityDefinitions {

    private static final Set<String> MERGED_MAPS = Set.of("name", "description", "extensions");

    private ActivityDefinitions() {
    }

    /** {@code stored} updated with {@code arriving}; each a definition object, not {@code null}. */
    public static JsonObject merge(JsonObject stored, JsonObject arriving) {
        JsonObjectBuilder merged = JSON.createObjectBuilder(stored);
        arriving.forEach((name, value) -> merged.add(name, MERGED_MAPS.contains(name)
                && value.getValueType() == JsonValue.ValueType.OBJECT
                && stored.get(name) instanceof JsonObject before
                ? JSON.createObjectBuilder(before).addAll(JSON.createObjectBuilder(value.asJsonObject())).build()
                : value));
        return merged.build();
    }

    /** {@code stored} updated with each of {@code arriving} in order. */
    public static JsonObject merge(JsonObject stored, List<JsonObject> arriving) {
        JsonObject merged = stored;
        for (JsonObject definition : arriving) {
            merged = merge(merged, definition);
        }
        return merged;
    }
}
