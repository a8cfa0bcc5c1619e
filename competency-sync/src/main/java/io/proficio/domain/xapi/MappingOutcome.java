package io.proficio.domain.xapi;

import java.util.Objects;

/**
 * What one statement says about a competency it is aligned to: evidence at a level, or no evidence
 * and why. Consume with {@code instanceof} patterns (a pattern-matching {@code switch} once the
 * build is on Java 21; in Java 17 it is a preview).
 */
public sealed interface MappingOutcome {

    /**
     * Evidence to record.
     *
     * @param level the level shown, on the competency's scale (1..highest), never above the aligned level
     * @param rule  the name of the rule that decided, for "why" displays, e.g. {@code passed},
     *              {@code passed-score}, {@code failed}, {@code completion}; see {@link MappingRules}
     */
    record Evidence(int level, String rule) implements MappingOutcome {
        public Evidence {
            Objects.requireNonNull(rule, "rule");
            if (level < 1) {
                throw new IllegalArgumentException("Levels start at 1: " + level);
            }
        }
    }

    /**
     * Nothing to record.
     *
     * @param reason why, for filtering and counting
     * @param detail why, in a sentence, for people
     */
    record NoEvidence(Reason reason, String detail) implements MappingOutcome {
        public NoEvidence {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a statement yields no evidence. */
    enum Reason {
        /** No rule of the tenant names the verb. */
        UNKNOWN_VERB,
        /** The verb reports activity, not an outcome: launched, initialized, terminated, attempted, … */
        NOT_AN_OUTCOME,
        /** Completed without success, where the tenant's rule says completion does not evidence mastery. */
        COMPLETION_ONLY,
        /** The verb's level comes from the score, and the statement has none. */
        NO_SCORE
    }
}
