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

    /** Filters of a statement query (xAPI 1.0.3 Communication §2.1.3); every part may be empty. */
    public record Query(Optional<String> actorIfi, Optional<String> verbId, Optional<String> activityId,
                        Optional<String> registration, Optional<Instant> since, Optional<Instant> until,
                        boolean ascending) {
    }

    /** A place in the stored order to go on from: the last statement of the previous page. */
    public record After(Instant storedAt, String id) {
    }

    /**
     * Statements that are not voided and match, in stored order (then id, since stored times can tie),
     * after {@code after}, at most {@code limit}.
     */
    public List<XapiStatement> query(TenantId tenantId, Query query, Optional<After> after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM XapiStatement s WHERE s.tenantId = :tenant AND s.voided = FALSE");
        query.actorIfi().ifPresent(v -> jpql.append(" AND s.actorIfi = :actor"));
        query.verbId().ifPresent(v -> jpql.append(" AND s.verbId = :verb"));
        query.activityId().ifPresent(v -> jpql.append(" AND s.activityId = :activity"));
        query.registration().ifPresent(v -> jpql.append(" AND s.registration = :registration"));
        query.since().ifPresent(v -> jpql.append(" AND s.storedAt > :since"));
        query.until().ifPresent(v -> jpql.append(" AND s.storedAt <= :until"));
        String order = query.ascending() ? "ASC" : "DESC";
        after.ifPresent(a -> jpql.append(query.ascending()
                ? " AND (s.storedAt > :afterStored OR (s.storedAt = :afterStored AND s.id > :afterId))"
                : " AND (s.storedAt < :afterStored OR (s.storedAt = :afterStored AND s.id < :afterId))"));
        jpql.append(" ORDER BY s.storedAt ").append(order).append(", s.id ").append(order);
        var typed = em.createQuery(jpql.toString(), XapiStatement.class).setParameter("tenant", tenantId.value());
        query.actorIfi().ifPresent(v -> typed.setParameter("actor", v));
        query.verbId().ifPresent(v -> typed.setParameter("verb", v));
        query.activityId().ifPresent(v -> typed.setParameter("activity", v));
        query.registration().ifPresent(v -> typed.setParameter("registration", v));
        query.since().ifPresent(v -> typed.setParameter("since", v));
        query.until().ifPresent(v -> typed.setParameter("until", v));
        after.ifPresent(a -> typed.setParameter("afterStored", a.storedAt()).setParameter("afterId", a.id()));
        return typed.setMaxResults(limit).getResultList();
    }
}
