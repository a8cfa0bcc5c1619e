package io.proficio.xapi.resource;

import static io.proficio.domain.xapi.StatementJson.JSON;

import io.proficio.application.StatementService;
import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiAttachment;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.xapi.attachment.AttachmentCheck;
import io.proficio.xapi.attachment.AttachmentPart;
import io.proficio.xapi.attachment.SignedStatements;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementComparison;
import io.proficio.xapi.statement.StatementValidator;
import io.proficio.xapi.statement.StatementViolation;
import io.proficio.xapi.statement.XapiVersion;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
        List<StatementViolation> violations = StatementValidator.validate(body, version);
        if (!violations.isEmpty()) {
            throw new XapiRejected(400, violations.size() == 1 ? violations.get(0).message()
                    : "The statements are not valid (" + violations.size() + " problems).", violations);
        }
        if (parts.isEmpty()) {
            AttachmentCheck.requireNoInlineAttachments(received);
        } else {
            AttachmentCheck.check(received, parts);
        }
        for (int i = 0; i < received.size(); i++) {
            SignedStatements.verify(i, received.get(i), parts);
        }
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
            } else if (!StatementComparison.sameStatement(read(existing.json()), read(prepared.get(i).json()))) {
                throw new XapiRejected(409, "Statement " + existing.id() + " is stored already with different content.",
                        List.of(new StatementViolation(i, "/id", "A different statement has this id.")));
            }
        }
        if (!fresh.isEmpty()) {
            try {
                Instant now = Instant.now();
                statements.store(source, fresh, parts.stream().map(part -> new XapiAttachment(source.tenantId(),
                        part.sha2(), part.contentType(), part.content(), now)).toList());
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

    private static JsonObject read(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
