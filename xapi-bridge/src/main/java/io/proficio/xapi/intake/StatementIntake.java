package io.proficio.xapi.intake;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.xapi.StatementService;
import io.proficio.domain.statement.DefinedActivity;
import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiAttachment;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.xapi.attachment.AttachmentCheck;
import io.proficio.xapi.attachment.AttachmentPart;
import io.proficio.xapi.attachment.SignedStatements;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.query.StatementKeys;
import io.proficio.xapi.statement.StatementComparison;
import io.proficio.xapi.statement.StatementValidator;
import io.proficio.xapi.statement.StatementViolation;
import io.proficio.xapi.statement.XapiVersion;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way statements come in, whether posted by a client or pulled from an upstream LRS: validated
 * (Data §2.4), attachments matched to their data and signatures checked (§2.6), prepared (id, stored,
 * authority), compared with a statement already stored under the same id (Data §2.3.1: the same is
 * no change, a different one 409), and stored with their mapping-queue rows in one transaction.
 * Statements pulled from an upstream LRS skip the attachment and signature checks alone, for the reason
 * {@link Arrival#PULLED} gives.
 */
@ApplicationScoped
public class StatementIntake {

    @Inject
    StatementService statements;

    /**
     * Validates, prepares and stores statements from {@code source}, all or nothing.
     *
     * @param body     the statement or array as received, for the validator
     * @param received its statements in order
     * @param parts    the attachment data that came with them (empty for an {@code application/json} body)
     * @return every statement of the request, stored now or stored before with the same content
     * @throws XapiRejected 400 for invalid statements or attachments, 409 for an id stored with other content
     */
    public List<NewStatement> accept(XapiSource source, XapiVersion version, JsonValue body, List<JsonObject> received,
                                     List<AttachmentPart> parts) {
        return intake(source, version, body, received, parts, Arrival.SENT).statements();
    }

    /**
     * Validates (xAPI 1.0.3 rules), prepares and stores statements pulled from an upstream LRS, all or
     * nothing, as from {@code source}: as {@link #accept} does, but without the checks of attachment data
     * and signatures (see {@link Arrival#PULLED}).
     *
     * @param source     the upstream's source; not null
     * @param statements the statements as the upstream LRS gave them, in its order; not null
     * @return how many of them were stored now; the others were stored before with the same content
     * @throws XapiRejected 400 for invalid statements, 409 for an id stored with other content
     */
    public int acceptPulled(XapiSource source, List<JsonObject> statements) {
        JsonArrayBuilder body = JSON.createArrayBuilder();
        statements.forEach(body::add);
        return intake(source, XapiVersion.V1_0_3, body.build(), statements, List.of(), Arrival.PULLED).storedNow();
    }

    /** How statements reached Proficio, which decides what of them can be checked. */
    private enum Arrival {
        /** POSTed or PUT by a client, with the attachment data the request carried. */
        SENT,
        /**
         * Taken from an upstream LRS's GET Statements, which answers without attachment data unless asked
         * for it (Communication §2.1.3 {@code attachments}). The upstream matched that data to the
         * statements' hashes and checked their signatures when they were sent to it (Communication
         * §1.5.2, Data §2.6); Proficio can check neither without the data, and refusing a statement for
         * data the upstream was never asked to send would stop the pull at that statement for ever.
         */
        PULLED
    }

    /** What a request stored: all its statements as prepared, and how many of them were new. */
    private record Stored(List<NewStatement> statements, int storedNow) {
    }

    /** The one path every statement takes; only the attachment-data and signature checks depend on {@code arrival}. */
    private Stored intake(XapiSource source, XapiVersion version, JsonValue body, List<JsonObject> received,
                          List<AttachmentPart> parts, Arrival arrival) {
        List<StatementViolation> violations = StatementValidator.validate(body, version);
        if (!violations.isEmpty()) {
            throw new XapiRejected(XapiError.STATEMENT_INVALID, violations.size() == 1 ? violations.get(0).message()
                    : "The statements are not valid (" + violations.size() + " problems).", violations);
        }
        if (arrival == Arrival.SENT) {
            if (parts.isEmpty()) {
                AttachmentCheck.requireNoInlineAttachments(received);
            } else {
                AttachmentCheck.check(received, parts);
            }
            for (int i = 0; i < received.size(); i++) {
                SignedStatements.verify(i, received.get(i), parts);
            }
        }
        List<NewStatement> prepared = ReceivedStatements.prepare(received, source,
                URI.create(ProficioSettings.current().baseUrl() + "/xapi"));
        // Another request may store some of these ids between the look-up and the insert (a client
        // resending a batch it gave up waiting for): then look again, once, so that the same statements
        // count as stored and different ones are refused as a conflict.
        for (int attempt = 1; ; attempt++) {
            try {
                return new Stored(prepared, storeNew(source, prepared, received, parts));
            } catch (EJBException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                if (attempt == 2) {
                    throw new XapiRejected(XapiError.STATEMENT_CONFLICT,
                            "A statement of the batch was stored meanwhile by another request; send the batch again.");
                }
            }
        }
    }

    /**
     * Stores the statements not stored yet and their activity definitions; a statement stored already
     * with other content is a conflict.
     *
     * @return how many were stored
     */
    private int storeNew(XapiSource source, List<NewStatement> prepared, List<JsonObject> received,
                         List<AttachmentPart> parts) {
        Map<String, XapiStatement> before = statements.stored(source.tenantId(),
                        prepared.stream().map(NewStatement::id).toList()).stream()
                .collect(Collectors.toMap(XapiStatement::id, Function.identity()));
        List<NewStatement> fresh = new ArrayList<>();
        List<DefinedActivity> definitions = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            XapiStatement existing = before.get(prepared.get(i).id());
            if (existing == null) {
                fresh.add(prepared.get(i));
                definitions.addAll(definitions(received.get(i)));
            } else if (!StatementComparison.sameStatement(read(existing.json()), asSent(read(prepared.get(i).json()),
                    received.get(i)))) {
                throw new XapiRejected(XapiError.STATEMENT_CONFLICT,
                        "Statement " + existing.id() + " is stored already with different content.",
                        List.of(new StatementViolation(i, "/id", "A different statement has this id.")));
            }
        }
        if (!fresh.isEmpty()) {
            Instant now = Instant.now();
            statements.store(source, fresh, parts.stream().map(part -> new XapiAttachment(source.tenantId(),
                    part.sha2(), part.contentType(), part.content(), now)).toList(), definitions);
        }
        return fresh.size();
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

    /** The Activities of a statement that carry a definition, for the Activities resource (Communication §2.5). */
    private static List<DefinedActivity> definitions(JsonObject statement) {
        return StatementKeys.activityObjects(statement)
                .filter(activity -> activity.get("definition") instanceof JsonObject && activity.get("id") instanceof JsonString)
                .map(activity -> new DefinedActivity(activity.getString("id"), activity.getJsonObject("definition")))
                .toList();
    }

    /**
     * The prepared statement without the {@code timestamp} the LRS gave it when none was sent, so a
     * statement sent again is compared with what its sender said (Data §2.3.1: properties the LRS
     * assigns are not compared).
     */
    private static JsonObject asSent(JsonObject prepared, JsonObject received) {
        return received.containsKey("timestamp") ? prepared
                : JSON.createObjectBuilder(prepared).remove("timestamp").build();
    }

    private static JsonObject read(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
