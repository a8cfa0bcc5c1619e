package io.proficio.xapi.statement;

import io.proficio.domain.xapi.Verbs;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A Statement's own properties (xAPI 1.0.3 Data §2.2, §2.4) and a SubStatement's (§2.4.4.3),
 * delegating each part to its rules class. Checks that span parts live here: voiding needs a
 * StatementRef object (§2.3.2), context revision/platform need an Activity object (§2.4.6.1).
 */
final class StatementRules {

    private static final Set<String> STATEMENT_PROPERTIES = Set.of("id", "actor", "verb", "object",
            "result", "context", "timestamp", "stored", "authority", "version", "attachments");
    /** §2.4.4.3: a SubStatement MUST NOT have "id", "stored", "version" or "authority". */
    private static final Set<String> SUB_STATEMENT_FORBIDDEN = Set.of("id", "stored", "version", "authority");
    /** What a SubStatement may hold, plus the forbidden ones, which are reported separately. */
    private static final Set<String> SUB_STATEMENT_KNOWN = Set.of("objectType", "actor", "verb",
            "object", "result", "context", "timestamp", "attachments", "id", "stored", "version", "authority");
    /**
     * 1.0.3 Data §2.4.10: 1.0 followed by an optional patch ({@code 1.0}, {@code 1.0.3}: "1.0.0 or 1.0.x"
     * and ADL's suite takes {@code 1.0}). IEEE 9274.1.1 has a 2.0 LRS accept statements of 1.0.x as well
     * as its own 2.0.x.
     */
    private static final Pattern VERSION_1_0 = Pattern.compile("1\\.0(?:\\.\\d+)?");
    private static final Pattern VERSION_2_0 = Pattern.compile("(?:1|2)\\.0(?:\\.\\d+)?");

    private StatementRules() {
    }

    static void statement(JsonObject statement, XapiVersion version, Violations out) {
        String root = "";
        out.onlyProperties(statement, root, STATEMENT_PROPERTIES);
        out.uuid(statement, root, "id");
        checkBody(statement, root, version, false, out);
        timestamp(statement, root, "stored", out);
        if (statement.containsKey("authority")) {
            ActorRules.authority(statement.get("authority"), "/authority", out);
        }
        Pattern versionPattern = version == XapiVersion.V2_0_0 ? VERSION_2_0 : VERSION_1_0;
        out.string(statement, root, "version").filter(v -> !versionPattern.matcher(v).matches())
                .ifPresent(v -> out.add("/version", "must be " + (version == XapiVersion.V2_0_0
                        ? "1.0.x or 2.0.x" : "1.0.x") + " for this request's X-Experience-API-Version"));
    }

    static void subStatement(JsonObject subStatement, String pointer, XapiVersion version, Violations out) {
        for (String key : new TreeSet<>(SUB_STATEMENT_FORBIDDEN)) {
            if (subStatement.containsKey(key)) {
                out.add(Violations.at(pointer, key), "a SubStatement must not have '" + key + "'");
            }
        }
        out.onlyProperties(subStatement, pointer, SUB_STATEMENT_KNOWN);
        checkBody(subStatement, pointer, version, true, out);
    }

    /** What a Statement and a SubStatement share: actor, verb, object, result, context, timestamp. */
    private static void checkBody(JsonObject statement, String pointer, XapiVersion version,
            boolean isSubStatement, Violations out) {
        if (out.required(statement, pointer, "actor")) {
            ActorRules.agentOrGroup(statement.get("actor"), Violations.at(pointer, "actor"), out);
        }
        Optional<String> verbId = Optional.empty();
        if (out.required(statement, pointer, "verb")) {
            verbId = VerbRules.verb(statement.get("verb"), Violations.at(pointer, "verb"), out);
        }
        ObjectKind kind = ObjectKind.INVALID;
        String objectPointer = Violations.at(pointer, "object");
        if (out.required(statement, pointer, "object")) {
            kind = ObjectRules.object(statement.get("object"), objectPointer, version, isSubStatement, out);
        }
        if (verbId.filter(Verbs.VOIDED::equals).isPresent()
                && kind != ObjectKind.STATEMENT_REF && kind != ObjectKind.INVALID) {
            out.add(objectPointer, "a Statement with the voided verb must have a StatementRef object");
        }
        if (statement.containsKey("result")) {
            ResultRules.result(statement.get("result"), Violations.at(pointer, "result"), out);
        }
        if (statement.containsKey("context")) {
            ContextRules.context(statement.get("context"), Violations.at(pointer, "context"), kind, version, out);
        }
        timestamp(statement, pointer, "timestamp", out);
        if (statement.containsKey("attachments")) {
            AttachmentRules.attachments(statement.get("attachments"), Violations.at(pointer, "attachments"), out);
        }
    }

    /** Timestamps (§2.4.7, §2.4.8, §4.5) must carry a zone; see {@link Formats#isTimestampWithZone}. */
    private static void timestamp(JsonObject statement, String pointer, String key, Violations out) {
        out.string(statement, pointer, key).filter(t -> !Formats.isTimestampWithZone(t))
                .ifPresent(t -> out.add(Violations.at(pointer, key),
                        "must be an ISO 8601 date-time with seconds and a time zone, e.g. 2013-04-01T12:00:00Z"));
    }
}
