package io.proficio.application.evidence;

import java.time.Instant;

/**
 * Evidence as a caller records it, as received. Exactly one of {@code level} and
 * {@code scaledScore} is given.
 *
 * @param level       a level of the competency's scale, may be null
 * @param scaledScore a score in −1..1, mapped to a level through the scale, may be null
 * @param sourceKind  xapi, lms-score, self-rating, manager-rating, assessment or import
 * @param sourceRef   what the evidence comes from (a statement id, a score's id); unique per kind
 * @param observedAt  when it was shown, may be null for now
 * @param weight      how much it counts, may be null for 1
 * @param contentType the type of content it came from (as alignments name it), may be null
 * @param contentRef  the content it came from, may be null
 */
public record EvidenceSpec(String personId, String competencyId, Integer level, Double scaledScore, String sourceKind,
                           String sourceRef, Instant observedAt, Double weight, String contentType, String contentRef) {

    /** Evidence without a known content. */
    public EvidenceSpec(String personId, String competencyId, Integer level, Double scaledScore, String sourceKind,
                        String sourceRef, Instant observedAt, Double weight) {
        this(personId, competencyId, level, scaledScore, sourceKind, sourceRef, observedAt, weight, null, null);
    }

    /** The same evidence, of the person {@code id} (evidence whose person is found later, from an actor). */
    public EvidenceSpec ofPerson(String id) {
        return new EvidenceSpec(id, competencyId, level, scaledScore, sourceKind, sourceRef, observedAt, weight,
                contentType, contentRef);
    }
}
