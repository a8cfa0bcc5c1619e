package io.proficio.infrastructure.persistence;

import io.proficio.domain.statement.XapiUpstream;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Upstream LRSs; only {@link #due} reads across tenants, for the puller that serves them all. */
@ApplicationScoped
public class XapiUpstreamRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(XapiUpstream upstream) {
        em.persist(upstream);
    }

    public void remove(XapiUpstream upstream) {
        em.remove(upstream);
    }

    public List<XapiUpstream> upstreams(TenantId tenantId) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.tenantId = :tenant ORDER BY u.createdAt, u.id",
                        XapiUpstream.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    public Optional<XapiUpstream> upstream(TenantId tenantId, String id) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.tenantId = :tenant AND u.id = :id", XapiUpstream.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The upstream, its row locked until the transaction ends ({@code SELECT … FOR UPDATE}), so that two
     * nodes deciding whether it is due decide one after the other.
     */
    public Optional<XapiUpstream> locked(TenantId tenantId, String id) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.tenantId = :tenant AND u.id = :id", XapiUpstream.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Enabled upstreams of every tenant whose next poll is due at {@code now}, longest due first. */
    public List<XapiUpstream> due(Instant now, int limit) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.enabled = TRUE AND u.nextPollAt <= :now"
                        + " ORDER BY u.nextPollAt", XapiUpstream.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
