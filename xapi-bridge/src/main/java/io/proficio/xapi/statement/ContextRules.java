package io.proficio.xapi.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * The Context (xAPI 1.0.3 Data §2.4.6). {@code revision} and {@code platform} are only allowed
 * when the object is an Activity (§2.4.6.1). xAPI 2.0 (IEEE 9274.1.1) adds {@code contextAgents}
 * and {@code contextGroups}: arrays of {@code {"objectType": "contextAgent", "agent", "relevantTypes"}}
 * and {@code {"objectType": "contextGroup", "group", "relevantTypes"}}, where relevantTypes, if
 * present, is a non-empty array of IRIs; under 1.0.3 they are unknown properties.
 */
final class ContextRules {

    private static final Set<String> PROPERTIES_1_0 = Set.of("registration", "instructor", "team",
            "contextActivities", "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> PROPERTIES_2_0 = union(PROPERTIES_1_0,
            Set.of("contextAgents", "contextGroups"));
    private static final Set<String> CONTEXT_ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_AGENT_PROPERTIES = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP_PROPERTIES = Set.of("objectType", "group", "relevantTypes");

    private ContextRules() {
    }

    /**
     * @param objectKind the kind of the Statement's object, which decides whether revision and
     *     platform may be used
     */
    static void context(JsonValue value, String pointer, ObjectKind objectKind, XapiVersion version,
            Violations out) {
        out.object(value, pointer).ifPresent(context -> {
            out.onlyProperties(context, pointer,
                    version == XapiVersion.V2_0_0 ? PROPERTIES_2_0 : PROPERTIES_1_0);
            out.uuid(context, pointer, "registration");
            if (context.containsKey("instructor")) {
                ActorRules.agentOrGroup(context.get("instructor"), Violations.at(pointer, "instructor"), out);
            }
            if (context.containsKey("team")) {
                ActorRules.group(context.get("team"), Violations.at(pointer, "team"), out);
            }
            if (context.containsKey("contextActivities")) {
                contextActivities(context.get("contextActivities"),
                        Violations.at(pointer, "contextActivities"), out);
            }
            for (String activityOnly : new String[] {"revision", "platform"}) {
                out.string(context, pointer, activityOnly)
                        .filter(s -> objectKind != ObjectKind.ACTIVITY && objectKind != ObjectKind.INVALID)
                        .ifPresent(s -> out.add(Violations.at(pointer, activityOnly),
                                "only allowed when the Statement's object is an Activity"));
            }
            out.string(context, pointer, "language").filter(l -> !Formats.isLanguageTag(l))
                    .ifPresent(l -> out.add(Violations.at(pointer, "language"),
                            "must be an RFC 5646 language tag"));
            if (context.containsKey("statement")) {
                ObjectRules.statementRef(context.get("statement"), Violations.at(pointer, "statement"), out);
            }
            out.extensions(context, pointer, "extensions");
            if (version == XapiVersion.V2_0_0) {
                contextParticipants(context, pointer, "contextAgents", "contextAgent", "agent",
                        CONTEXT_AGENT_PROPERTIES, out);
                contextParticipants(context, pointer, "contextGroups", "contextGroup", "group",
                        CONTEXT_GROUP_PROPERTIES, out);
            }
        });
    }

    /** Each of parent/grouping/category/other is one Activity or an array of them (§2.4.6.2). */
    private static void contextActivities(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(activities -> {
            out.onlyProperties(activities, pointer, CONTEXT_ACTIVITY_KEYS);
            for (String key : CONTEXT_ACTIVITY_KEYS) {
                JsonValue entry = activities.get(key);
                if (entry == null) {
                    continue;
                }
                String entryPointer = Violations.at(pointer, key);
                if (entry.getValueType() == JsonValue.ValueType.ARRAY) {
                    JsonArray array = entry.asJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        ObjectRules.activity(array.get(i), Violations.at(entryPointer, i), out);
                    }
                } else {
                    ObjectRules.activity(entry, entryPointer, out);
                }
            }
        });
    }

    private static void contextParticipants(JsonObject context, String pointer, String key,
            String objectType, String member, Set<String> properties, Violations out) {
        JsonValue value = context.get(key);
        if (value == null) {
            return;
        }
        String listPointer = Violations.at(pointer, key);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(listPointer, "must be an array");
            return;
        }
        JsonArray list = value.asJsonArray();
        for (int i = 0; i < list.size(); i++) {
            String itemPointer = Violations.at(listPointer, i);
            out.object(list.get(i), itemPointer).ifPresent(item -> {
                out.onlyProperties(item, itemPointer, properties);
                if (out.required(item, itemPointer, "objectType")) {
                    out.string(item, itemPointer, "objectType").filter(t -> !t.equals(objectType))
                            .ifPresent(t -> out.add(Violations.at(itemPointer, "objectType"),
                                    "must be '" + objectType + "'"));
                }
                if (out.required(item, itemPointer, member)) {
                    if (member.equals("agent")) {
                        ActorRules.agent(item.get(member), Violations.at(itemPointer, member), out);
                    } else {
                        ActorRules.group(item.get(member), Violations.at(itemPointer, member), out);
                    }
                }
                relevantTypes(item, itemPointer, out);
            });
        }
    }

    private static void relevantTypes(JsonObject item, String pointer, Violations out) {
        JsonValue value = item.get("relevantTypes");
        if (value == null) {
            return;
        }
        String typesPointer = Violations.at(pointer, "relevantTypes");
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            out.add(typesPointer, "must be a non-empty array of IRIs");
            return;
        }
        JsonArray types = value.asJsonArray();
        for (int i = 0; i < types.size(); i++) {
            JsonValue type = types.get(i);
            if (type.getValueType() != JsonValue.ValueType.STRING
                    || !Formats.isAbsoluteIri(((JsonString) type).getString())) {
                out.add(Violations.at(typesPointer, i), "must be an absolute IRI");
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
