package io.proficio.xapi.intake;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;

import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.xapi.Statement;
import io.proficio.domain.xapi.Verbs;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.query.AgentIdentifier;
import io.proficio.xapi.query.StatementKeys;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Valid statements made ready to store (xAPI 1.0.3 Data §2.4): an id where there is none (ids in
 * lower case), {@code stored} now, {@code authority} the source's account (Communication §4.1: the LRS
 * sets the authority from the credentials), {@code version} 1.0.0 and {@code timestamp} the stored time
 * where none is given; and the values
 * queries filter on read out once.
 */
final class ReceivedStatements {


    private ReceivedStatements() {
    }

    /** @throws XapiRejected 400 when two statements of the batch have one id */
    static List<NewStatement> prepare(List<JsonObject> statements, XapiSource source, URI authorityHome) {
        Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Set<String> ids = new HashSet<>();
        List<NewStatement> prepared = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonObject statement = statements.get(i);
            String id = text(statement, "id").map(value -> value.toLowerCase(Locale.ROOT))
                    .orElseGet(() -> UUID.randomUUID().toString());
            if (!ids.add(id)) {
                throw new XapiRejected(XapiError.STATEMENT_INVALID,
                        "Two statements of the batch have the id " + id + ".",
                        List.of(new StatementViolation(i, "/id", "This id is already used by another statement of the batch.")));
            }
            JsonObjectBuilder json = JSON.createObjectBuilder(withContextActivityArrays(statement)).add("id", id)
                    .add("stored", stored.toString())
                    .add("authority", JSON.createObjectBuilder().add("objectType", "Agent").add("name", source.name())
                            .add("account", JSON.createObjectBuilder().add("homePage", authorityHome.toString())
                                    .add("name", source.apiKey())));
            if (!statement.containsKey("version")) {
                json.add("version", "1.0.0");
            }
            // Data §2.4.7: "If not provided, LRS should set this to the value of stored time."
            if (!statement.containsKey("timestamp")) {
                json.add("timestamp", stored.toString());
            }
            JsonObject completed = json.build();
            Statement parsed = Statement.of(completed);
            prepared.add(new NewStatement(id, stored, parsed.verbId(), parsed.objectActivityId(), actorIfi(completed),
                    parsed.context("registration").map(value -> value.toLowerCase(Locale.ROOT)),
                    Verbs.VOIDED.equals(parsed.verbId()) ? parsed.statementRefId() : Optional.empty(),
                    parsed.statementRefId(), completed.getString("version"), completed.toString(),
                    StatementKeys.of(completed)));
        }
        return prepared;
    }

    /**
     * Data §2.4.6.2: "the LRS MUST return every value in the contextActivities Object as an array,
     * even if it arrived as a single Activity Object" (also in a SubStatement).
     */
    static JsonObject withContextActivityArrays(JsonObject statement) {
        JsonObjectBuilder normalized = JSON.createObjectBuilder(statement);
        JsonObject target = object(statement, "object");
        if ("SubStatement".equals(text(target, "objectType").orElse(""))) {
            normalized.add("object", withContextActivityArrays(target));
        }
        JsonObject context = object(statement, "context");
        JsonObject activities = object(context, "contextActivities");
        if (activities.values().stream().anyMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT)) {
            JsonObjectBuilder arrays = JSON.createObjectBuilder();
            activities.forEach((kind, value) -> arrays.add(kind, value.getValueType() == JsonValue.ValueType.OBJECT
                    ? JSON.createArrayBuilder().add(value).build() : value));
            normalized.add("context", JSON.createObjectBuilder(context).add("contextActivities", arrays));
        }
        return normalized.build();
    }

    private static Optional<String> actorIfi(JsonObject statement) {
        return AgentIdentifier.of(object(statement, "actor"));
    }
}
