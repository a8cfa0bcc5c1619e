package io.proficio.domain.plan;

/** What a plan item asks for. */
public sealed interface PlanTarget {

    /** Hold a valid award of the certification. */
    record EarnCertification(String certificationId) implements PlanTarget {
    }

    /** A confirmed level of at least {@code level} in the competency. */
    record ReachLevel(String competencyId, int level) implements PlanTarget {
    }
}
