package io.proficio.xapi.pull;

import static io.proficio.domain.xapi.StatementJson.text;

import io.proficio.domain.statement.XapiSource;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.intake.StatementIntake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores a page of pulled Statements through the {@link StatementIntake}: the page in one transaction;
 * a page the intake refuses (a Statement invalid, or stored already with other content) Statement by
 * Statement, skipping those still refused. A pull cannot ask the upstream to fix a Statement as a client
 * would be asked, and a page refused whole would be fetched and refused again at every poll, so a refused
 * Statement is skipped, counted and reported, and the pull goes on.
 */
@ApplicationScoped
public class PulledStatements {

    @Inject
    StatementIntake intake;

    /** A Statement the intake refused: its id as the upstream gave it (empty when it gave none), and why. */
    public record Skipped(Optional<String> statementId, String reason) {
    }

    /**
     * What became of a page.
     *
     * @param storedNow how many Statements were new to Proficio and stored
     * @param skipped   the Statements refused, in page order
     */
    public record Outcome(int storedNow, List<Skipped> skipped) {

        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * @param source the upstream's source; not null
     * @param page   the Statements as the upstream gave them; not null
     * @throws RuntimeException when storing fails for a reason of Proficio's own (the database); nothing of
     *     the Statement or page then being stored is kept
     */
    public Outcome store(XapiSource source, List<JsonObject> page) {
        if (page.isEmpty()) {
            return new Outcome(0, List.of());
        }
        try {
            return new Outcome(intake.acceptPulled(source, page), List.of());
        } catch (XapiRejected pageRefused) {
            int storedNow = 0;
            List<Skipped> skipped = new ArrayList<>();
            for (JsonObject statement : page) {
                try {
                    storedNow += intake.acceptPulled(source, List.of(statement));
                } catch (XapiRejected refused) {
                    skipped.add(new Skipped(text(statement, "id"), refused.status() + " " + refused.getMessage()));
                }
            }
            return new Outcome(storedNow, skipped);
        }
    }
}
