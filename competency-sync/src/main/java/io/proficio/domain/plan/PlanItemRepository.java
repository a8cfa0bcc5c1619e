package io.proficio.domain.plan;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Plan items. */
public interface PlanItemRepository {

    void add(PlanItem item);

    Optional<PlanItem> find(TenantId tenantId, String id);

    Optional<PlanItem> byExternalId(TenantId tenantId, String externalId);

    List<PlanItem> of(TenantId tenantId, PersonId personId);

    List<PlanItem> all(TenantId tenantId);

    List<PlanItem> all(TenantId tenantId, int limit);

    /** The open items of these people (not met, not cancelled). */
    List<PlanItem> openOf(TenantId tenantId, Collection<String> personIds);

    /** Open items, of every tenant, due before {@code today} and not yet marked overdue. */
    List<PlanItem> newlyOverdue(LocalDate today, int limit);
}
