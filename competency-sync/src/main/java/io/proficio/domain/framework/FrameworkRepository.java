package io.proficio.domain.framework;

import io.proficio.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Frameworks with their competencies, associations and scale. */
public interface FrameworkRepository {

    void add(Object entity);

    /**
     * Writes pending inserts now. Entities here refer to each other by id columns, not JPA
     * relationships, so EclipseLink cannot order their inserts by foreign key on its own.
     */
    void flush();

    Optional<Framework> find(TenantId tenantId, FrameworkId id);

    Optional<Framework> findByCaseIdentifier(TenantId tenantId, String caseIdentifier);

    List<Framework> all(TenantId tenantId);

    /** Every competency of the framework, retired ones included, in package order. */
    List<Competency> competencies(TenantId tenantId, FrameworkId frameworkId);

    long activeCompetencyCount(TenantId tenantId, FrameworkId frameworkId);

    Optional<Competency> findCompetency(TenantId tenantId, CompetencyId id);

    /**
     * Active competencies whose statement or code contains the text, ignoring case.
     *
     * @param frameworkId limits the search to one framework, may be null
     */
    List<Competency> searchCompetencies(TenantId tenantId, String text, FrameworkId frameworkId, int limit);

    List<FrameworkAssociation> associations(TenantId tenantId, FrameworkId frameworkId);

    /**
     * The {@code isChildOf} edges between the framework's active competencies, as
     * {@code [childCompetencyId, parentCompetencyId]} pairs (edges to the document itself left out).
     */
    List<Object[]> childParentPairs(TenantId tenantId, FrameworkId frameworkId);

    void removeAssociations(TenantId tenantId, FrameworkId frameworkId);

    Optional<Scale> scale(TenantId tenantId, FrameworkId frameworkId);

    /** The scale of the framework a competency of this tenant belongs to; empty for an unknown competency. */
    Optional<Scale> scaleOfCompetency(TenantId tenantId, CompetencyId competencyId);

    /** The highest level that role stages or alignments ask of the framework's competencies, 0 if none. */
    int highestLevelInUse(TenantId tenantId, FrameworkId frameworkId);
}
