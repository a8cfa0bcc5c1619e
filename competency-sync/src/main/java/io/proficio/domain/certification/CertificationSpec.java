package io.proficio.domain.certification;

import java.util.List;

/**
 * A certification as an admin defines it, unchecked ({@link CertificationRules} checks it).
 *
 * @param validForDays      null: awards never expire
 * @param renewalWindowDays null: the default window ({@link Validity})
 */
public record CertificationSpec(String name, String description, List<RequirementSpec> requirements,
                                Integer validForDays, Integer renewalWindowDays) {

    /**
     * One requirement as given: a competency and level, or a role and stage, or content
     * ({@code contentType} and {@code contentRef}); exactly one of the three.
     */
    public record RequirementSpec(String competencyId, Integer level, String roleId, Integer stage,
                                  String contentType, String contentRef, boolean contentGiven) {
    }

    public CertificationSpec {
        requirements = requirements == null ? List.of() : requirements;
    }
}
