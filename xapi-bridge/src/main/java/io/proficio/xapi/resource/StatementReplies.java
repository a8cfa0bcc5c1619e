package io.proficio.xapi.resource;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;

import io.proficio.application.xapi.StatementService;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.xapi.attachment.AttachmentPart;
import io.proficio.xapi.attachment.MultipartResponse;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.query.StatementFormat;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.StringReader;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How stored statements go back to a client (xAPI 1.0.3 Communication §2.1.3): in the {@code format}
 * asked for ({@code exact}, {@code ids}, {@code canonical} with {@code Accept-Language}), as
 * {@code multipart/mixed} with their attachment data when {@code attachments=true}, with
 * {@code Last-Modified} the most recent {@code stored} among them (xAPI 2.0 asks for it).
 */
final class StatementReplies {

    private final StatementFormat.Format format;
    private final List<Locale.LanguageRange> languages;
    private final boolean attachments;
    private final StatementService statements;
    private final TenantId tenantId;

    private StatementReplies(StatementFormat.Format format, List<Locale.LanguageRange> languages, boolean attachments,
                             StatementService statements, TenantId tenantId) {
        this.format = format;
        this.languages = languages;
        this.attachments = attachments;
        this.statements = statements;
        this.tenantId = tenantId;
    }

    /** @throws XapiRejected 400 for an unknown format or a malformed Accept-Language */
    static StatementReplies of(MultivaluedMap<String, String> params, HttpHeaders headers, StatementService statements,
                               TenantId tenantId) {
        String formatParameter = params.getFirst("format");
        StatementFormat.Format format = StatementFormat.parse(formatParameter).orElseThrow(() ->
                new XapiRejected(XapiError.PARAMETER_INVALID,
                        "format must be ids, exact or canonical, not " + formatParameter + "."));
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        List<Locale.LanguageRange> languages;
        try {
            languages = acceptLanguage == null || acceptLanguage.isBlank() ? List.of()
                    : Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            throw new XapiRejected(XapiError.HEADER_INVALID, "Accept-Language is not a list of language ranges.");
        }
        return new StatementReplies(format, languages, StatementQueries.flag(params, "attachments"), statements, tenantId);
    }

    Response one(XapiStatement statement) {
        JsonObject json = formatted(statement);
        return reply(json, Stream.of(json), List.of(statement));
    }

    Response page(List<XapiStatement> found, String more) {
        JsonArrayBuilder page = JSON.createArrayBuilder();
        List<JsonObject> formatted = found.stream().map(this::formatted).toList();
        formatted.forEach(page::add);
        return reply(JSON.createObjectBuilder().add("statements", page).add("more", more).build(),
                formatted.stream(), found);
    }

    private JsonObject formatted(XapiStatement statement) {
        return StatementFormat.apply(JSON.createReader(new StringReader(statement.json())).readObject(), format, languages);
    }

    private Response reply(JsonStructure body, Stream<JsonObject> statementsInBody, List<XapiStatement> found) {
        Response.ResponseBuilder reply;
        if (attachments) {
            Set<String> hashes = new LinkedHashSet<>();
            statementsInBody.forEach(statement -> attachmentHashes(statement).forEach(hashes::add));
            List<AttachmentPart> parts = statements.attachments(tenantId, hashes).stream()
                    .map(a -> new AttachmentPart(a.sha2(), a.contentType(), a.content())).toList();
            MultipartResponse multipart = MultipartResponse.of(body.toString(), parts);
            reply = Response.ok((StreamingOutput) multipart::writeTo, multipart.contentType());
        } else {
            reply = Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE);
        }
        found.stream().map(XapiStatement::storedAt).max(Comparator.naturalOrder())
                .ifPresent(stored -> reply.lastModified(Date.from(stored)));
        return reply.build();
    }

    /** The hashes of the attachments a statement (or its SubStatement) names. */
    private static Stream<String> attachmentHashes(JsonObject statement) {
        JsonObject target = object(statement, "object");
        Stream<String> own = statement.get("attachments") instanceof JsonArray list
                ? list.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                        .flatMap(v -> text(v.asJsonObject(), "sha2").stream()).map(h -> h.toLowerCase(Locale.ROOT))
                : Stream.empty();
        return "SubStatement".equals(text(target, "objectType").orElse(""))
                ? Stream.concat(own, attachmentHashes(target)) : own;
    }
}
