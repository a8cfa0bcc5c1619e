package io.proficio.xapi.resource;

import io.proficio.application.StatementService;
import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.xapi.http.CurrentSource;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementComparison;
import io.proficio.xapi.statement.StatementValidator;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /xapi/statements} (xAPI 1.0.3 Communication §2.1): {@code POST} one statement or a batch
 * (200 with the ids in order), {@code PUT ?statementId=} (204), {@code GET ?statementId=} and
 * {@code ?voidedStatementId=}, and {@code GET} with a query ({@link StatementQueries}). A batch is all or nothing; a statement whose id is stored already is
 * left as it is when it is the same statement (Data §2.3.1's comparison rules) and refuses the batch
 * with 409 when it is not: nothing is ever overwritten.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

    @Inject
    StatementService statements;
    @Inject
    CurrentSource current;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(String body) {
        JsonValue json = parse(body);
        List<JsonObject> received = json.getValueType() == JsonValue.ValueType.ARRAY
                ? json.asJsonArray().stream().map(v -> v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT).toList()
                : List.of(json instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT);
        List<NewStatement> stored = store(json, received);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        stored.forEach(statement -> ids.add(statement.id()));
        return Response.ok(ids.build().toString()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@QueryParam("statementId") String statementId, String body) {
        if (!StatementValidator.isStatementId(statementId)) {
            throw new XapiRejected(400, "PUT needs a statementId parameter that is a UUID.");
        }
        JsonValue json = parse(body);
        if (!(json instanceof JsonObject statement)) {
            throw new XapiRejected(400, "PUT takes one statement, a JSON object.");
        }
        String id = statementId.toLowerCase(Locale.ROOT);
        if (statement.containsKey("id") && !id.equals(statement.getString("id", "").toLowerCase(Locale.ROOT))) {
            throw new XapiRejected(400, "The statement's id differs from the statementId parameter.",
                    List.of(new StatementViolation(0, "/id", "Must be " + statementId + " or absent.")));
        }
        JsonObject withId = Json.createObjectBuilder(statement).add("id", id).build();
        store(withId, List.of(withId));
        return Response.noContent().build();
    }

    @GET
    public Response get(@QueryParam("statementId") String statementId,
                        @QueryParam("voidedStatementId") String voidedStatementId, @Context UriInfo uri) {
        if (statementId == null && voidedStatementId == null) {
            return Response.ok(StatementQueries.page(statements, current.source(), uri)).build();
        }
        if (statementId != null && voidedStatementId != null) {
            throw new XapiRejected(400, "Ask with statementId or voidedStatementId, not both.");
        }
        boolean voided = voidedStatementId != null;
        String id = (voided ? voidedStatementId : statementId).toLowerCase(Locale.ROOT);
        XapiStatement statement = statements.find(current.source().tenantId(), id)
                .filter(found -> found.isVoided() == voided)
                .orElseThrow(() -> new XapiRejected(404, "No " + (voided ? "voided " : "") + "statement " + id + "."));
        return Response.ok(statement.json()).lastModified(Date.from(statement.storedAt())).build();
    }

    /** Validates, prepares and stores; returns every statement of the request, stored now or before. */
    private List<NewStatement> store(JsonValue body, List<JsonObject> received) {
        List<StatementViolation> violations = StatementValidator.validate(body, current.version());
        if (!violations.isEmpty()) {
            throw new XapiRejected(400, violations.size() == 1 ? violations.get(0).message()
                    : "The statements are not valid (" + violations.size() + " problems).", violations);
        }
        XapiSource source = current.source();
        List<NewStatement> prepared = ReceivedStatements.prepare(received, source,
                URI.create(ProficioSettings.current().baseUrl() + "/xapi"));
        Map<String, XapiStatement> before = statements.stored(source.tenantId(),
                        prepared.stream().map(NewStatement::id).toList()).stream()
                .collect(Collectors.toMap(XapiStatement::id, Function.identity()));
        List<NewStatement> fresh = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            XapiStatement existing = before.get(prepared.get(i).id());
            if (existing == null) {
                fresh.add(prepared.get(i));
            } else if (!StatementComparison.sameStatement(parse(existing.json()).asJsonObject(),
                    parse(prepared.get(i).json()).asJsonObject())) {
                throw new XapiRejected(409, "Statement " + existing.id() + " is stored already with different content.",
                        List.of(new StatementViolation(i, "/id", "A different statement has this id.")));
            }
        }
        if (!fresh.isEmpty()) {
            try {
                statements.store(source, fresh);
            } catch (EJBException e) {
                if (isUniqueViolation(e)) {
                    throw new XapiRejected(409, "A statement of the batch was stored meanwhile by another request;"
                            + " send the batch again.");
                }
                throw e;
            }
        }
        return prepared;
    }

    /** A concurrent request stored one of these ids first (SQLSTATE class 23, integrity constraint). */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new XapiRejected(400, "The body is not JSON: " + e.getMessage());
        }
    }
}
