package io.proficio.xapi.query;

import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;
import static io.proficio.xapi.query.StatementParts.CONTEXT_ACTIVITY_KINDS;
import static io.proficio.xapi.query.StatementParts.objectType;
import static io.proficio.xapi.query.StatementParts.objects;

import io.proficio.domain.statement.StatementKey;
import io.proficio.domain.statement.StatementKey.Kind;
import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The keys a Statement is stored under so the GET Statements filters of xAPI 1.0.3 Communication
 * §2.1.3 can find it without reading its JSON:
 * <ul>
 * <li>{@code agent} — "the specified Agent or Group is the Actor or Object of the Statement", and
 * "Groups that have members which match the specified Agent based on their Inverse Functional
 * Identifier ... are considered a match": {@link Kind#AGENT} for the Actor and for an Agent or Group
 * Object, and for each of their members.
 * <li>{@code related_agents} — "the Actor, Object, Authority, Instructor, Team, or any of these
 * properties in a contained SubStatement", matched "in the same way it is for the agent parameter"
 * (so members count here too): {@link Kind#RELATED_AGENT} for those not already an {@code AGENT}
 * key; the query matches either kind. IEEE 9274.1.1 §4.1.6.1 adds "Context Agent, Context Group"
 * to the list, so the {@code agent} of each {@code context.contextAgents} entry and the {@code group}
 * of each {@code context.contextGroups} entry count as well (they are only present in 2.0
 * Statements). A SubStatement has no authority (Data §2.4.4.3); one is read if present all the same.
 * <li>{@code related_activities} — "the Object, any of the context Activities, or any of those
 * properties in a contained SubStatement": {@link Kind#RELATED_ACTIVITY} for the Object Activity,
 * every {@code parent}, {@code grouping}, {@code category} and {@code other} Activity (each one
 * Activity or an array, as 1.0.x allows; 2.0 allows only arrays), and the same in a SubStatement.
 * The Object Activity is repeated here on purpose: the plain {@code activity} filter reads its own
 * column, the broad one only these keys. Activity ids are kept as sent (IRIs compare as strings).
 * </ul>
 * A StatementRef Object gives no keys: that a Statement matches when the Statement it targets does
 * (Communication §2.1.3, Filter Conditions for StatementRefs) is decided when querying, and a
 * StatementRef in {@code context.statement} does not affect filtering at all.
 */
public final class StatementKeys {

    private StatementKeys() {
    }

    /**
     * @param statement a valid Statement as stored; not {@code null}
     * @return its keys without repeats, in the order found; unmodifiable
     */
    public static Set<StatementKey> of(JsonObject statement) {
        JsonObject target = object(statement, "object");
        List<JsonObject> statements = objectType(target).equals("SubStatement")
                ? List.of(statement, target) : List.of(statement);
        Set<String> agents = identifiers(principals(statement));
        Set<String> related = identifiers(statements.stream().flatMap(StatementKeys::participants));
        related.removeAll(agents);
        Set<String> activities = activityObjects(statement)
                .flatMap(activity -> text(activity, "id").stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<StatementKey> keys = new LinkedHashSet<>();
        agents.forEach(value -> keys.add(new StatementKey(Kind.AGENT, value)));
        related.forEach(value -> keys.add(new StatementKey(Kind.RELATED_AGENT, value)));
        activities.forEach(value -> keys.add(new StatementKey(Kind.RELATED_ACTIVITY, value)));
        return Collections.unmodifiableSet(keys);
    }

    /** The Actor, and the Object when it is an Agent or Group. */
    private static Stream<JsonObject> principals(JsonObject statement) {
        JsonObject target = object(statement, "object");
        String type = objectType(target);
        return Stream.concat(Stream.of(object(statement, "actor")),
                type.equals("Agent") || type.equals("Group") ? Stream.of(target) : Stream.empty());
    }

    /** Every Agent or Group the {@code related_agents} filter looks at in one (Sub)Statement. */
    private static Stream<JsonObject> participants(JsonObject statement) {
        JsonObject context = object(statement, "context");
        return Stream.of(principals(statement),
                Stream.of(object(statement, "authority"), object(context, "instructor"), object(context, "team")),
                objects(context.get("contextAgents")).map(entry -> object(entry, "agent")),
                objects(context.get("contextGroups")).map(entry -> object(entry, "group")))
                .flatMap(parts -> parts);
    }

    /**
     * Every Activity object of a Statement: its Object, its context Activities, and the same in a
     * SubStatement (what {@code related_activities} matches, and where activity definitions come from).
     */
    public static Stream<JsonObject> activityObjects(JsonObject statement) {
        JsonObject target = object(statement, "object");
        return Stream.concat(activities(statement),
                objectType(target).equals("SubStatement") ? activities(target) : Stream.empty());
    }

    private static Stream<JsonObject> activities(JsonObject statement) {
        JsonObject target = object(statement, "object");
        JsonObject contextActivities = object(object(statement, "context"), "contextActivities");
        return Stream.concat(objectType(target).equals("Activity") ? Stream.of(target) : Stream.empty(),
                CONTEXT_ACTIVITY_KINDS.stream().flatMap(kind -> objects(contextActivities.get(kind))));
    }

    /** Each Agent's or Group's own identifier, and its members'. */
    private static Set<String> identifiers(Stream<JsonObject> agentsOrGroups) {
        return agentsOrGroups.flatMap(agent -> Stream.concat(Stream.of(agent), objects(agent.get("member"))))
                .map(AgentIdentifier::of).flatMap(Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
