package io.proficio.xapi.query;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.xapi.query.StatementParts.objects;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.function.UnaryOperator;

/**
 * The {@code ids} format (xAPI 1.0.3 Communication §2.1.3, same words in IEEE 9274.1.1 §4.1.6.1):
 * "only include minimum information necessary in Agent, Activity, Verb and Group Objects to
 * identify them. For Anonymous Groups this means including the minimum information needed to
 * identify each member." So:
 * <ul>
 * <li>an Agent or Identified Group keeps its {@code objectType} (when it has one) and its one IFI
 * property exactly as sent, e.g. {@code {"objectType":"Agent","mbox":"mailto:a@example.com"}}; an
 * Identified Group drops its members, as they are not part of what identifies it (IEEE 9274.1.1:
 * "the array of members does not contribute to the IFI");
 * <li>an Anonymous Group keeps {@code objectType} and its {@code member} array, each member reduced
 * as an Agent;
 * <li>a Verb keeps only {@code id} (1.0.3 Data §2.4.3: "the LRS SHOULD* NOT include the display
 * property" for {@code ids}; 2.0 dropped that sentence but not the rule above);
 * <li>an Activity keeps its {@code id} alone: {@code objectType} "Activity" is the default where it may
 * stand and identifies nothing (ADL's conformance suite, XAPI-00171, counts one key on a SubStatement's
 * Activity).
 * </ul>
 * Result, timestamps, attachments and the rest of the Statement are not Agents, Verbs, Activities or
 * Groups and are returned as stored.
 */
final class IdsFormat {

    static final StatementRewrite REWRITE = new StatementRewrite(IdsFormat::agentOrGroup, IdsFormat::verb,
            IdsFormat::activity, UnaryOperator.identity());

    private IdsFormat() {
    }

    private static JsonObject agentOrGroup(JsonObject agentOrGroup) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        copy(agentOrGroup, out, "objectType");
        AgentIdentifier.property(agentOrGroup).ifPresentOrElse(ifi -> copy(agentOrGroup, out, ifi), () -> {
            if (agentOrGroup.containsKey("member")) {
                JsonArrayBuilder members = JSON.createArrayBuilder();
                objects(agentOrGroup.get("member")).map(IdsFormat::agentOrGroup).forEach(members::add);
                out.add("member", members);
            }
        });
        return out.build();
    }

    private static JsonObject verb(JsonObject verb) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        copy(verb, out, "id");
        return out.build();
    }

    private static JsonObject activity(JsonObject activity) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        copy(activity, out, "id");
        return out.build();
    }

    private static void copy(JsonObject from, JsonObjectBuilder into, String name) {
        if (from.containsKey(name)) {
            into.add(name, from.get(name));
        }
    }
}
