package io.proficio.domain.plan;

/**
 * A plan item as the performance-management system sends it, unchecked.
 *
 * @param targetGiven  whether the request had a {@code target} object at all
 * @param dueDate      an ISO-8601 calendar date ({@code 2027-03-31}) as given
 * @param reviewCycle  the review cycle it belongs to in the sending system, may be null
 */
public record PlanItemSpec(String externalId, String personIdentifier, boolean targetGiven, String certificationId,
                           String competencyId, Integer level, String dueDate, String reviewCycle) {
}
