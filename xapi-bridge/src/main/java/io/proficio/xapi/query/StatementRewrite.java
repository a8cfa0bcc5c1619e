package io.proficio.xapi.query;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.xapi.query.StatementParts.CONTEXT_ACTIVITY_KINDS;
import static io.proficio.xapi.query.StatementParts.objectType;
import static io.proficio.xapi.query.StatementParts.replace;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.UnaryOperator;

/**
 * A Statement rebuilt with every Agent or Group, Verb, Activity and Attachment passed through one
 * function each, wherever it sits (xAPI 1.0.3 Data §2.4): actor, verb, object (an Activity, an
 * Agent or Group, or a SubStatement, rewritten the same way; a StatementRef is left alone),
 * {@code context.instructor}, {@code context.team}, every context Activity, the {@code agent} and
 * {@code group} of 2.0 {@code contextAgents}/{@code contextGroups} entries, authority and
 * attachments. Everything else, and the order of members, is kept.
 *
 * @param agent applied to each Agent or Group (its members are its own business); not {@code null}
 * @param verb applied to each Verb; not {@code null}
 * @param activity applied to each Activity; not {@code null}
 * @param attachment applied to each Attachment; not {@code null}
 */
record StatementRewrite(UnaryOperator<JsonObject> agent, UnaryOperator<JsonObject> verb,
        UnaryOperator<JsonObject> activity, UnaryOperator<JsonObject> attachment) {

    JsonObject statement(JsonObject statement) {
        JsonObjectBuilder out = JSON.createObjectBuilder(statement);
        replace(statement, out, "actor", agent);
        replace(statement, out, "verb", verb);
        replace(statement, out, "object", this::object);
        replace(statement, out, "context", this::context);
        replace(statement, out, "authority", agent);
        replace(statement, out, "attachments", attachment);
        return out.build();
    }

    private JsonObject object(JsonObject object) {
        return switch (objectType(object)) {
            case "Activity" -> activity.apply(object);
            case "Agent", "Group" -> agent.apply(object);
            case "SubStatement" -> statement(object);
            default -> object;
        };
    }

    private JsonObject context(JsonObject context) {
        JsonObjectBuilder out = JSON.createObjectBuilder(context);
        replace(context, out, "instructor", agent);
        replace(context, out, "team", agent);
        replace(context, out, "contextActivities", this::contextActivities);
        replace(context, out, "contextAgents", entry -> member(entry, "agent"));
        replace(context, out, "contextGroups", entry -> member(entry, "group"));
        return out.build();
    }

    private JsonObject contextActivities(JsonObject activities) {
        JsonObjectBuilder out = JSON.createObjectBuilder(activities);
        CONTEXT_ACTIVITY_KINDS.forEach(kind -> replace(activities, out, kind, activity));
        return out.build();
    }

    private JsonObject member(JsonObject entry, String name) {
        JsonObjectBuilder out = JSON.createObjectBuilder(entry);
        replace(entry, out, name, agent);
        return out.build();
    }
}
