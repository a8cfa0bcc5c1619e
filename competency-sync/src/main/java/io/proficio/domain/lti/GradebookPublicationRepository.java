package io.proficio.domain.lti;

import io.proficio.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The log of gradebook publications, each with its members' score outcomes. */
public interface GradebookPublicationRepository {

    void add(GradebookPublication publication);

    Optional<GradebookPublication> find(TenantId tenantId, String id);

    /** The latest publications of a course, newest first, each with its outcomes. */
    List<GradebookPublication> latest(TenantId tenantId, String courseRef, int limit);
}
