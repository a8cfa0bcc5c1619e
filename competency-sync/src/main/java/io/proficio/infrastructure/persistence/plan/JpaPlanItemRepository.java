package io.proficio.infrastructure.persistence.plan;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.plan.PlanItem;
import io.proficio.domain.plan.PlanItemRepository;
import io.proficio.domain.plan.PlanItemStatus;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link PlanItemRepository} on JPA. */
@ApplicationScoped
public class JpaPlanItemRepository implements PlanItemRepository {

    private static final List<String> OPEN = List.of(PlanItemStatus.NOT_STARTED.name(),
            PlanItemStatus.IN_PROGRESS.name(), PlanItemStatus.OVERDUE.name());

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(PlanItem item) {
        em.persist(item);
    }

    @Override
    public Optional<PlanItem> find(TenantId tenantId, String id) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.tenantId = :tenant AND p.id = :id", PlanItem.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<PlanItem> byExternalId(TenantId tenantId, String externalId) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.tenantId = :tenant AND p.externalId = :external",
                        PlanItem.class)
                .setParameter("tenant", tenantId.value()).setParameter("external", externalId)
                .getResultStream().findFirst();
    }

    @Override
    public List<PlanItem> of(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.tenantId = :tenant AND p.personId = :person"
                        + " ORDER BY p.dueDate, p.externalId", PlanItem.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value()).getResultList();
    }

    @Override
    public List<PlanItem> all(TenantId tenantId) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.tenantId = :tenant ORDER BY p.personId, p.externalId",
                PlanItem.class).setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public List<PlanItem> all(TenantId tenantId, int limit) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.tenantId = :tenant ORDER BY p.dueDate, p.externalId",
                        PlanItem.class)
                .setParameter("tenant", tenantId.value()).setMaxResults(limit).getResultList();
    }

    @Override
    public List<PlanItem> openOf(TenantId tenantId, Collection<String> personIds) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.tenantId = :tenant AND p.personId IN :people"
                        + " AND p.status IN :open", PlanItem.class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds)
                .setParameter("open", OPEN).getResultList();
    }

    @Override
    public List<PlanItem> newlyOverdue(LocalDate today, int limit) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.status IN :open AND p.dueDate < :today", PlanItem.class)
                .setParameter("open", List.of(PlanItemStatus.NOT_STARTED.name(), PlanItemStatus.IN_PROGRESS.name()))
                .setParameter("today", today).setMaxResults(limit).getResultList();
    }
}
