package io.proficio.domain.alignment;

import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Content alignments. */
public interface AlignmentRepository {

    void add(Alignment alignment);

    void remove(Alignment alignment);

    Optional<Alignment> find(TenantId tenantId, AlignmentId id);

    Optional<Alignment> find(TenantId tenantId, CompetencyId competencyId, ContentRef content);

    /**
     * Alignments of the tenant, optionally narrowed; each filter may be null.
     */
    List<Alignment> list(TenantId tenantId, CompetencyId competencyId, ContentType type, String ref);

    /** Alignments of the tenant whose content is one of {@code types} and names one of {@code refs}. */
    List<Alignment> naming(TenantId tenantId, Collection<ContentType> types, Collection<String> refs);

    List<Alignment> inCourse(TenantId tenantId, String courseRef);
}
