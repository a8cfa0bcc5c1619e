package io.proficio.xapi.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates the body of a {@code PUT}/{@code POST /statements} request against the Statement
 * rules of xAPI 1.0.3 Data §2 (and IEEE 9274.1.1, xAPI 2.0, where it differs), collecting every
 * violation rather than stopping at the first, so a client can fix a batch in one round trip.
 *
 * <p>Differences applied for {@link XapiVersion#V2_0_0}: context may hold {@code contextAgents} and
 * {@code contextGroups}; {@code version} must be {@code 2.0.x} instead of {@code 1.0.x}. Both
 * versions require timestamps to carry a time zone (1.0.3 §4.5 only says SHOULD; we follow the
 * stricter 2.0 rule, as an LRS is allowed to for interoperability).
 *
 * <p>The checks are structural and best-effort for IRIs and language tags (Data §2.2.s4.b6-b7);
 * rules that need stored state (e.g. that a voided Statement exists, or ids are unique across a
 * batch) are out of scope.
 */
public final class StatementValidator {

    private StatementValidator() {
    }

    /**
     * @param body a parsed request body: one Statement object, or an array of them; not {@code null}
     * @param version the rules to apply, usually from {@link XapiVersion#fromHeader}; not {@code null}
     * @return every violation found, ordered by statement index; empty when the body is valid.
     *     A body that is neither an object nor an array yields one violation at index 0, pointer "".
     */
    public static List<StatementViolation> validate(JsonValue body, XapiVersion version) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(version, "version");
        List<StatementViolation> all = new ArrayList<>();
        switch (body.getValueType()) {
            case OBJECT -> all.addAll(validateOne(body, 0, version));
            case ARRAY -> {
                JsonArray statements = body.asJsonArray();
                for (int i = 0; i < statements.size(); i++) {
                    all.addAll(validateOne(statements.get(i), i, version));
                }
            }
            default -> all.add(new StatementViolation(0, "",
                    "the body must be a Statement object or an array of Statements"));
        }
        return List.copyOf(all);
    }

    private static List<StatementViolation> validateOne(JsonValue statement, int index, XapiVersion version) {
        Violations out = new Violations(index);
        out.object(statement, "").ifPresent(s -> StatementRules.statement(s, version, out));
        return out.found();
    }

    /**
     * The problems of an Agent given as a request parameter (the {@code agent} of the document and
     * Agents resources, Communication §2.3–§2.6), judged by the Statement rules for an Agent.
     *
     * @return every problem; empty when it is a valid Agent
     */
    public static List<StatementViolation> validateAgent(JsonValue agent) {
        Violations out = new Violations(0);
        ActorRules.agent(agent, "", out);
        return out.found();
    }

    /** Whether {@code text} is an absolute IRI (Data §4.3), as an {@code activityId} parameter must be. */
    public static boolean isIri(String text) {
        return Formats.isAbsoluteIri(text);
    }

    /** Whether {@code text} is a timestamp with a time zone (Data §4.5), as {@code since} must be. */
    public static boolean isTimestamp(String text) {
        return Formats.isTimestampWithZone(text);
    }

    /** Whether {@code id} is a statement id: a UUID (Data §2.4.1, §4.4), as a query parameter may give it. */
    public static boolean isStatementId(String id) {
        return Formats.isUuid(id);
    }
}
