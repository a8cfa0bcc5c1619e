package io.proficio.xapi.resource;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.xapi.StatementService;
import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.xapi.attachment.AttachmentPart;
import io.proficio.xapi.attachment.MultipartStatements;
import io.proficio.xapi.http.CurrentSource;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.intake.StatementIntake;
import io.proficio.xapi.statement.StatementValidator;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /xapi/statements} (xAPI 1.0.3 Communication §2.1): {@code POST} one statement or a batch
 * (200 with the ids in order), {@code PUT ?statementId=} (204), each as {@code application/json} or as
 * {@code multipart/mixed} with attachment data (§1.5.2); {@code GET}/{@code HEAD} by
 * {@code statementId} or {@code voidedStatementId}, or with a query ({@link StatementQueries}), in the
 * format asked for ({@link StatementReplies}). Storing goes through {@link StatementIntake}: all or
 * nothing, and never overwriting a statement.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

    static final String MULTIPART_MIXED = "multipart/mixed";
    private static final Set<String> BY_ID_PARAMETERS = Set.of("statementId", "voidedStatementId", "attachments",
            "format");

    @Inject
    StatementService statements;
    @Inject
    CurrentSource current;
    @Inject
    StatementIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(String body) {
        return posted(parse(body), List.of());
    }

    /** Statements with their attachments' data (Communication §1.5.2). */
    @POST
    @Consumes(MULTIPART_MIXED)
    public Response postMultipart(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        MultipartStatements multipart = MultipartStatements.parse(contentType, body);
        return posted(parse(multipart.statements()), multipart.parts());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@QueryParam("statementId") String statementId, String body) {
        return put(statementId, parse(body), List.of());
    }

    @PUT
    @Consumes(MULTIPART_MIXED)
    public Response putMultipart(@QueryParam("statementId") String statementId,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        MultipartStatements multipart = MultipartStatements.parse(contentType, body);
        return put(statementId, parse(multipart.statements()), multipart.parts());
    }

    /** {@code HEAD} is answered from this method too, without the body (JAX-RS 3.1 §3.3.5). */
    @GET
    public Response get(@QueryParam("statementId") String statementId,
                        @QueryParam("voidedStatementId") String voidedStatementId, @Context UriInfo uri,
                        @Context HttpHeaders headers) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        StatementReplies replies = StatementReplies.of(params, headers, statements, current.source().tenantId());
        if (statementId == null && voidedStatementId == null) {
            StatementQueries.Page page = StatementQueries.page(statements, current.source(), uri);
            return replies.page(page.statements(), page.more());
        }
        if (statementId != null && voidedStatementId != null) {
            throw new XapiRejected(XapiError.PARAMETER_COMBINATION_INVALID,
                    "Ask with statementId or voidedStatementId, not both.");
        }
        // Communication §2.1.3: with statementId or voidedStatementId, only attachments and format may be given.
        params.keySet().stream().filter(name -> !BY_ID_PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new XapiRejected(XapiError.PARAMETER_COMBINATION_INVALID,
                    name + " cannot be combined with statementId or voidedStatementId.");
        });
        boolean voided = voidedStatementId != null;
        String id = (voided ? voidedStatementId : statementId).toLowerCase(Locale.ROOT);
        XapiStatement statement = statements.find(current.source().tenantId(), id)
                .filter(found -> found.isVoided() == voided)
                .orElseThrow(() -> new XapiRejected(XapiError.STATEMENT_NOT_FOUND,
                        "No " + (voided ? "voided " : "") + "statement " + id + "."));
        return replies.one(statement);
    }

    private Response posted(JsonValue json, List<AttachmentPart> parts) {
        List<JsonObject> received = json.getValueType() == JsonValue.ValueType.ARRAY
                ? json.asJsonArray().stream().map(v -> v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT).toList()
                : List.of(json instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT);
        List<NewStatement> stored = intake.accept(current.source(), current.version(), json, received, parts);
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        stored.forEach(statement -> ids.add(statement.id()));
        return Response.ok(ids.build().toString()).build();
    }

    private Response put(String statementId, JsonValue json, List<AttachmentPart> parts) {
        if (!StatementValidator.isStatementId(statementId)) {
            throw new XapiRejected(statementId == null ? XapiError.PARAMETER_MISSING : XapiError.PARAMETER_INVALID,
                    "PUT needs a statementId parameter that is a UUID.");
        }
        if (!(json instanceof JsonObject statement)) {
            throw new XapiRejected(XapiError.STATEMENT_INVALID, "PUT takes one statement, a JSON object.");
        }
        String id = statementId.toLowerCase(Locale.ROOT);
        if (statement.containsKey("id") && !id.equals(statement.getString("id", "").toLowerCase(Locale.ROOT))) {
            throw new XapiRejected(XapiError.STATEMENT_INVALID,
                    "The statement's id differs from the statementId parameter.",
                    List.of(new StatementViolation(0, "/id", "Must be " + statementId + " or absent.")));
        }
        JsonObject withId = JSON.createObjectBuilder(statement).add("id", id).build();
        intake.accept(current.source(), current.version(), withId, List.of(withId), parts);
        return Response.noContent().build();
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new XapiRejected(XapiError.STATEMENT_INVALID, "The body is not JSON: " + e.getMessage());
        }
    }
}
