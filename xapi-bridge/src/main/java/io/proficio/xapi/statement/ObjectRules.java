package io.proficio.xapi.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Statement's object (xAPI 1.0.3 Data §2.4.4): an Activity (the default, §2.4.4.1) with its
 * Activity Definition, an Agent or Group (§2.4.4.2), a StatementRef (§2.4.4.3) or a SubStatement
 * (§2.4.4.3), which may not itself hold a SubStatement. Activities in context activities
 * (§2.4.6.2) are checked here too.
 */
final class ObjectRules {

    private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_PROPERTIES = Set.of("name", "description", "type",
            "moreInfo", "interactionType", "correctResponsesPattern", "choices", "scale", "source",
            "target", "steps", "extensions");
    /** Data §2.4.4.1 Interaction Activities, "interactionType" values. */
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in",
            "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other");
    private static final Set<String> COMPONENT_LISTS =
            Set.of("choices", "scale", "source", "target", "steps");
    /** What only an interaction activity has, so none of it comes without its interactionType (ADL suite). */
    private static final List<String> INTERACTION_COMPONENTS =
            List.of("correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");
    private static final Set<String> STATEMENT_REF_PROPERTIES = Set.of("objectType", "id");

    private ObjectRules() {
    }

    /**
     * Checks a Statement's object.
     *
     * @param inSubStatement whether this object belongs to a SubStatement, where another
     *     SubStatement is forbidden
     * @return what kind of object it is, for the rules that depend on it
     */
    static ObjectKind object(JsonValue value, String pointer, XapiVersion version,
            boolean inSubStatement, Violations out) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            out.add(pointer, "must be a JSON object");
            return ObjectKind.INVALID;
        }
        JsonObject object = value.asJsonObject();
        String type = out.string(object, pointer, "objectType").orElse(
                object.containsKey("objectType") ? "" : "Activity");
        switch (type) {
            case "Activity" -> {
                checkActivity(object, pointer, out);
                return ObjectKind.ACTIVITY;
            }
            case ActorRules.AGENT -> {
                ActorRules.agent(object, pointer, out);
                return ObjectKind.AGENT;
            }
            case ActorRules.GROUP -> {
                ActorRules.group(object, pointer, out);
                return ObjectKind.GROUP;
            }
            case "StatementRef" -> {
                statementRef(object, pointer, out);
                return ObjectKind.STATEMENT_REF;
            }
            case "SubStatement" -> {
                if (inSubStatement) {
                    out.add(pointer, "a SubStatement must not contain a SubStatement");
                    return ObjectKind.INVALID;
                }
                StatementRules.subStatement(object, pointer, version, out);
                return ObjectKind.SUB_STATEMENT;
            }
            default -> {
                if (!type.isEmpty()) {
                    out.add(Violations.at(pointer, "objectType"),
                            "must be Activity, Agent, Group, StatementRef or SubStatement");
                }
                return ObjectKind.INVALID;
            }
        }
    }

    /** An Activity anywhere it may appear; {@code objectType}, if present, must be "Activity". */
    static void activity(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(activity -> {
            out.string(activity, pointer, "objectType").filter(t -> !t.equals("Activity"))
                    .ifPresent(t -> out.add(Violations.at(pointer, "objectType"), "must be 'Activity'"));
            checkActivity(activity, pointer, out);
        });
    }

    /** A StatementRef (§2.4.4.3): objectType "StatementRef" and the UUID of the target. */
    static void statementRef(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(ref -> {
            out.onlyProperties(ref, pointer, STATEMENT_REF_PROPERTIES);
            if (out.required(ref, pointer, "objectType")) {
                out.string(ref, pointer, "objectType").filter(t -> !t.equals("StatementRef"))
                        .ifPresent(t -> out.add(Violations.at(pointer, "objectType"),
                                "must be 'StatementRef'"));
            }
            if (out.required(ref, pointer, "id")) {
                out.uuid(ref, pointer, "id");
            }
        });
    }

    private static void checkActivity(JsonObject activity, String pointer, Violations out) {
        out.onlyProperties(activity, pointer, ACTIVITY_PROPERTIES);
        if (out.required(activity, pointer, "id")) {
            out.iri(activity, pointer, "id");
        }
        JsonValue definition = activity.get("definition");
        if (definition != null) {
            definition(definition, Violations.at(pointer, "definition"), out);
        }
    }

    /** Activity Definition (§2.4.4.1, including Interaction Activities). */
    private static void definition(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(definition -> {
            out.onlyProperties(definition, pointer, DEFINITION_PROPERTIES);
            out.languageMap(definition, pointer, "name");
            out.languageMap(definition, pointer, "description");
            out.iri(definition, pointer, "type");
            out.iri(definition, pointer, "moreInfo");
            out.string(definition, pointer, "interactionType")
                    .filter(t -> !INTERACTION_TYPES.contains(t))
                    .ifPresent(t -> out.add(Violations.at(pointer, "interactionType"),
                            "'" + t + "' is not an interaction type of xAPI Data §2.4.4.1"));
            if (!definition.containsKey("interactionType")) {
                INTERACTION_COMPONENTS.stream().filter(definition::containsKey).findFirst().ifPresent(component ->
                        out.add(Violations.at(pointer, "interactionType"), "is required with " + component
                                + ": interaction components belong to an interaction type (Data §2.4.4.1.s3)"));
            }
            correctResponsesPattern(definition, pointer, out);
            for (String list : COMPONENT_LISTS) {
                JsonValue components = definition.get(list);
                if (components != null) {
                    interactionComponents(components, Violations.at(pointer, list), out);
                }
            }
            out.extensions(definition, pointer, "extensions");
        });
    }

    private static void correctResponsesPattern(JsonObject definition, String pointer, Violations out) {
        JsonValue patterns = definition.get("correctResponsesPattern");
        if (patterns == null) {
            return;
        }
        String patternsPointer = Violations.at(pointer, "correctResponsesPattern");
        if (patterns.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(patternsPointer, "must be an array of strings");
            return;
        }
        JsonArray array = patterns.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
                out.add(Violations.at(patternsPointer, i), "must be a string");
            }
        }
    }

    /** Interaction Components: {@code id} string, unique within the list, and a description. */
    private static void interactionComponents(JsonValue value, String pointer, Violations out) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(pointer, "must be an array of interaction components");
            return;
        }
        JsonArray components = value.asJsonArray();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            String componentPointer = Violations.at(pointer, i);
            out.object(components.get(i), componentPointer).ifPresent(component -> {
                out.onlyProperties(component, componentPointer, COMPONENT_PROPERTIES);
                out.languageMap(component, componentPointer, "description");
                if (out.required(component, componentPointer, "id")) {
                    out.string(component, componentPointer, "id").filter(id -> !seen.add(id))
                            .ifPresent(id -> out.add(Violations.at(componentPointer, "id"),
                                    "id '" + id + "' is used twice in this list"));
                }
            });
        }
    }
}
