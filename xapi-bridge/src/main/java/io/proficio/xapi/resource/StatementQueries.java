package io.proficio.xapi.resource;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.xapi.StatementService;
import io.proficio.domain.statement.StatementCursor;
import io.proficio.domain.statement.StatementFilter;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.query.AgentIdentifier;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Statement queries (xAPI 1.0.3 Communication §2.1.3): {@code agent} (by its inverse functional
 * identifier), {@code verb}, {@code activity}, {@code registration}, {@code since} (exclusive),
 * {@code until} (inclusive), {@code limit} (default and most 500), {@code ascending}; voided statements
 * are left out. The {@code more} link carries the filters and the last statement's place (stored time
 * and id, as stored times can tie), so it stays valid however long it is kept.
 */
final class StatementQueries {

    static final int MOST = 500;
    static final String AFTER = "after";
    private static final Set<String> KNOWN = Set.of("agent", "verb", "activity", "registration", "since", "until",
            "limit", "ascending", "format", AFTER, "related_activities", "related_agents", "attachments");

    private StatementQueries() {
    }

    /** A page of statements and the {@code more} link to the next ("" when this is the last). */
    record Page(List<XapiStatement> statements, String more) {
    }

    static Page page(StatementService statements, XapiSource source, UriInfo uri) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        params.keySet().stream().filter(name -> !KNOWN.contains(name)).findFirst().ifPresent(name -> {
            throw new XapiRejected(XapiError.UNKNOWN_PARAMETER, "Unknown query parameter " + name + ".");
        });
        int limit = limit(params.getFirst("limit"));
        StatementFilter query = new StatementFilter(
                Optional.ofNullable(params.getFirst("agent")).map(StatementQueries::agentIfi),
                Optional.ofNullable(params.getFirst("verb")), Optional.ofNullable(params.getFirst("activity")),
                Optional.ofNullable(params.getFirst("registration")).map(r -> r.toLowerCase(Locale.ROOT)),
                Optional.ofNullable(params.getFirst("since")).map(t -> instant("since", t)),
                Optional.ofNullable(params.getFirst("until")).map(t -> instant("until", t)),
                flag(params, "related_agents"), flag(params, "related_activities"), flag(params, "ascending"));
        List<XapiStatement> found = statements.query(source.tenantId(), query,
                Optional.ofNullable(params.getFirst(AFTER)).map(StatementQueries::after), limit + 1);
        String more = "";
        if (found.size() > limit) {
            XapiStatement last = found.get(limit - 1);
            more = UriBuilder.fromPath("/xapi/statements").replaceQuery(uri.getRequestUri().getRawQuery())
                    .replaceQueryParam(AFTER, last.storedAt() + "|" + last.id()).build().toString();
        }
        return new Page(found.stream().limit(limit).toList(), more);
    }

    /** A boolean parameter: absent is false; anything but true or false is refused. */
    static boolean flag(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new XapiRejected(XapiError.PARAMETER_INVALID, name + " must be true or false.");
    }

    private static int limit(String text) {
        if (text == null) {
            return MOST;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit == 0 ? MOST : Math.min(limit, MOST);
        } catch (NumberFormatException e) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID,
                    "limit must be a whole number, 0 for the server's most.");
        }
    }

    private static String agentIfi(String json) {
        try {
            JsonObject agent = JSON.createReader(new StringReader(json)).readObject();
            return AgentIdentifier.of(agent)
                    .orElseThrow(() -> new XapiRejected(XapiError.PARAMETER_INVALID,
                            "agent needs an inverse functional identifier."));
        } catch (JsonException | IllegalStateException e) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID, "agent must be an Agent as JSON.");
        }
    }

    private static Instant instant(String name, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID,
                    name + " must be an ISO 8601 timestamp with a time zone.");
        }
    }

    private static StatementCursor after(String text) {
        int bar = text.indexOf('|');
        try {
            return new StatementCursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID, "The more link was changed; start the query again.");
        }
    }
}
