package io.proficio.infrastructure.persistence;

import io.proficio.domain.statement.MappingQueueEntry;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A tenant's xAPI statements and the queue of those still to map to evidence. */
@ApplicationScoped
public class StatementRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    /** Inserts the statements, then (once they exist, for the foreign key) their queue rows. */
    public void add(List<XapiStatement> added, List<MappingQueueEntry> queued) {
        added.forEach(em::persist);
        em.flush();
        queued.forEach(em::persist);
    }

    public List<XapiStatement> byIds(TenantId tenantId, Collection<String> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT s FROM XapiStatement s WHERE s.tenantId = :tenant"
                        + " AND s.id IN :ids", XapiStatement.class)
                .setParameter("tenant", tenantId.value()).setParameter("ids", ids).getResultList();
    }

    public Optional<XapiStatement> find(TenantId tenantId, String id) {
        return byIds(tenantId, List.of(id)).stream().findFirst();
    }

    /** Queue entries due for mapping, oldest first, of every tenant (the worker serves all). */
    public List<MappingQueueEntry> due(Instant now, int limit) {
        return em.createQuery("SELECT q FROM MappingQueueEntry q WHERE q.nextAttemptAt <= :now ORDER BY q.nextAttemptAt",
                        MappingQueueEntry.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    public Optional<MappingQueueEntry> queued(TenantId tenantId, String statementId) {
        return Optional.ofNullable(em.find(MappingQueueEntry.class, key(tenantId, statementId)));
    }

    public void dequeue(MappingQueueEntry entry) {
        em.remove(entry);
    }

    private static MappingQueueEntry.Key key(TenantId tenantId, String statementId) {
        return new MappingQueueEntry.Key(tenantId.value(), statementId);
    }
}
