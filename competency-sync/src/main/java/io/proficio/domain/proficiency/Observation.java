package io.proficio.domain.proficiency;

import java.time.Instant;

/**
 * One piece of evidence that one person shows one competency at a level. Retracted evidence is
 * never turned into an observation: callers leave it out before a policy sees it.
 *
 * @param evidenceId the evidence this comes from, never null or blank; it becomes the "why" of an
 *                   {@link Assessment}
 * @param level      the level evidenced, 1 or more
 * @param observedAt when the person showed the level (not when Proficio learnt of it), never null
 * @param weight     how much this evidence counts relative to others, finite and above 0
 * @param source     where the evidence came from, never null
 * @throws IllegalArgumentException when any of the above does not hold
 */
public record Observation(String evidenceId, int level, Instant observedAt, double weight, SourceKind source) {

    public Observation {
        if (evidenceId == null || evidenceId.isBlank()) {
            throw new IllegalArgumentException("An observation needs an evidence id.");
        }
        if (level < 1) {
            throw new IllegalArgumentException("Observation " + evidenceId + " has level " + level + "; levels start at 1.");
        }
        if (observedAt == null) {
            throw new IllegalArgumentException("Observation " + evidenceId + " needs the time it was observed.");
        }
        // NaN fails "> 0" too; an infinite weight would make every weighted mean NaN.
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Observation " + evidenceId + " has weight " + weight
                    + "; weights must be finite and above 0.");
        }
        if (source == null) {
            throw new IllegalArgumentException("Observation " + evidenceId + " needs a source.");
        }
    }
}
