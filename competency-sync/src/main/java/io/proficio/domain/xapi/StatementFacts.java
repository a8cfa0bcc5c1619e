package io.proficio.domain.xapi;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the mapping rules need from one xAPI statement, read once from it (xAPI 1.0.3 Data §2.4.3
 * verb, §2.4.5 result; cmi5 §9.5 result, §9.6 context). No component is null: absent values are
 * empty optionals.
 *
 * @param verbIri      {@code verb.id}, never blank
 * @param success      {@code result.success}
 * @param completion   {@code result.completion}; carried for displays, not consulted by the rules —
 *                     the verb says whether the content was completed
 * @param scaledScore  {@code result.score.scaled}, in −1..1
 * @param cmi5         whether {@code context.contextActivities.category} holds {@link Verbs#CMI5_CATEGORY}
 *                     (cmi5 §9.6.2.1); moveOn is honoured only then
 * @param moveOn       the AU's moveOn from the cmi5 launch data (cmi5 §10.0)
 * @param masteryScore the context extension {@link Verbs#MASTERY_SCORE_EXTENSION} (cmi5 §9.6.3.2), in 0..1
 * @throws IllegalArgumentException for a blank verb or a score outside its range
 */
public record StatementFacts(String verbIri, Optional<Boolean> success, Optional<Boolean> completion,
                             OptionalDouble scaledScore, boolean cmi5, Optional<MoveOn> moveOn,
                             OptionalDouble masteryScore) {

    public StatementFacts {
        Objects.requireNonNull(verbIri, "verbIri");
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(scaledScore, "scaledScore");
        Objects.requireNonNull(moveOn, "moveOn");
        Objects.requireNonNull(masteryScore, "masteryScore");
        if (verbIri.isBlank()) {
            throw new IllegalArgumentException("A statement has a verb IRI.");
        }
        scaledScore.ifPresent(s -> requireWithin(s, -1, "result.score.scaled"));
        masteryScore.ifPresent(m -> requireWithin(m, 0, "masteryScore"));
    }

    /** A statement with this verb and nothing else: no result, not cmi5. */
    public static StatementFacts of(String verbIri) {
        return new StatementFacts(verbIri, Optional.empty(), Optional.empty(), OptionalDouble.empty(), false,
                Optional.empty(), OptionalDouble.empty());
    }

    public StatementFacts withSuccess(boolean value) {
        return new StatementFacts(verbIri, Optional.of(value), completion, scaledScore, cmi5, moveOn, masteryScore);
    }

    public StatementFacts withCompletion(boolean value) {
        return new StatementFacts(verbIri, success, Optional.of(value), scaledScore, cmi5, moveOn, masteryScore);
    }

    public StatementFacts withScaledScore(double value) {
        return new StatementFacts(verbIri, success, completion, OptionalDouble.of(value), cmi5, moveOn, masteryScore);
    }

    /** The same facts from a statement carrying the cmi5 category activity. */
    public StatementFacts asCmi5() {
        return new StatementFacts(verbIri, success, completion, scaledScore, true, moveOn, masteryScore);
    }

    public StatementFacts withMoveOn(MoveOn value) {
        return new StatementFacts(verbIri, success, completion, scaledScore, cmi5, Optional.of(value), masteryScore);
    }

    public StatementFacts withMasteryScore(double value) {
        return new StatementFacts(verbIri, success, completion, scaledScore, cmi5, moveOn, OptionalDouble.of(value));
    }

    private static void requireWithin(double value, double low, String what) {
        if (Double.isNaN(value) || value < low || value > 1) {
            throw new IllegalArgumentException(what + " lies in " + (int) low + "..1: " + value);
        }
    }
}
