package io.proficio.domain.proficiency;

import java.util.List;

/**
 * A person's derived level in one competency, with the evidence that produced it so the level can
 * always be explained.
 *
 * @param level       the derived level, 1 or more
 * @param provisional true while the level awaits confirmation (see
 *                    {@link ProficiencyPolicy.ManagerConfirms}); false when it stands
 * @param basis       the evidence ids the level was derived from, in the order the policy considered
 *                    them; never null, no null elements; copied, so later changes to the given list
 *                    do not alter the assessment
 */
public record Assessment(int level, boolean provisional, List<String> basis) {

    public Assessment {
        if (level < 1) {
            throw new IllegalArgumentException("An assessed level starts at 1, not " + level + ".");
        }
        basis = List.copyOf(basis);
    }
}
