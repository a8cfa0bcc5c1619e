package io.proficio.domain.proficiency;

/**
 * How far a person is from the level a role stage requires in one competency.
 *
 * @param competencyId the competency, never null
 * @param required     the level the stage requires
 * @param current      the person's level, 0 when they have none
 * @param gap          {@code max(0, required - current)}: levels still to climb; being above the
 *                     requirement is no credit elsewhere, so a gap is never negative
 * @throws IllegalArgumentException when {@code gap} is not {@code max(0, required - current)}
 */
public record Gap(String competencyId, int required, int current, int gap) {

    public Gap {
        if (competencyId == null) {
            throw new IllegalArgumentException("A gap needs a competency id.");
        }
        if (gap != Math.max(0, required - current)) {
            throw new IllegalArgumentException("The gap in " + competencyId + " from " + current + " to " + required
                    + " is " + Math.max(0, required - current) + ", not " + gap + ".");
        }
    }

    /** The gap between {@code current} and {@code required}, computed. */
    public static Gap of(String competencyId, int required, int current) {
        return new Gap(competencyId, required, current, Math.max(0, required - current));
    }

    /** @return true when the person is at or above the required level */
    public boolean met() {
        return gap == 0;
    }
}
