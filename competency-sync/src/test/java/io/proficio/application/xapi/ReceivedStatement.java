package io.proficio.application.xapi;

import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;

import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.xapi.Statement;
import io.proficio.domain.xapi.Verbs;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A statement made ready to store the way the xAPI edge makes it (xapi-bridge's
 * {@code ReceivedStatements} and {@code AgentIdentifier}, which competency-sync cannot see): the id in
 * lower case, the object activity, the actor's identifier as person-identifier text, and for a
 * voiding statement the id it voids. The JSON is kept as given; filter keys are left out.
 */
final class ReceivedStatement {

    private ReceivedStatement() {
    }

    static NewStatement of(String json, Instant storedAt) {
        Statement parsed = Statement.parse(json);
        String id = parsed.id().orElseThrow().toLowerCase(Locale.ROOT);
        return new NewStatement(id, storedAt, parsed.verbId(), parsed.objectActivityId(),
                actorIfi(object(parsed.toJson(), "actor")), parsed.context("registration"),
                Verbs.VOIDED.equals(parsed.verbId()) ? parsed.statementRefId() : Optional.empty(),
                parsed.statementRefId(), "1.0.0", json, Set.of());
    }

    /** xAPI 1.0.3 Data §2.4.2.3: the first of mbox, mbox_sha1sum, account and openid the agent has. */
    private static Optional<String> actorIfi(JsonObject actor) {
        Optional<String> mbox = text(actor, "mbox");
        if (mbox.isPresent()) {
            return Optional.of(mbox.get().toLowerCase(Locale.ROOT));
        }
        Optional<String> sha1 = text(actor, "mbox_sha1sum");
        if (sha1.isPresent()) {
            return Optional.of("mbox_sha1sum:" + sha1.get().toLowerCase(Locale.ROOT));
        }
        JsonObject account = object(actor, "account");
        if (!account.isEmpty()) {
            return Optional.of("account:" + text(account, "homePage").orElse("") + "|" + text(account, "name").orElse(""));
        }
        return text(actor, "openid").map(openid -> "openid:" + openid);
    }
}
