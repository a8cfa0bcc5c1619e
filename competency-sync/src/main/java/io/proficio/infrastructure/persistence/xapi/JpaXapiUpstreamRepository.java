package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.XapiUpstream;
import io.proficio.domain.statement.XapiUpstreamRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link XapiUpstreamRepository} on JPA. */
@ApplicationScoped
public class JpaXapiUpstreamRepository implements XapiUpstreamRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(XapiUpstream upstream) {
        em.persist(upstream);
    }

    @Override
    public void remove(XapiUpstream upstream) {
        em.remove(upstream);
    }

    @Override
    public List<XapiUpstream> upstreams(TenantId tenantId) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.tenantId = :tenant ORDER BY u.createdAt, u.id",
                        XapiUpstream.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public Optional<XapiUpstream> upstream(TenantId tenantId, String id) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.tenantId = :tenant AND u.id = :id", XapiUpstream.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<XapiUpstream> locked(TenantId tenantId, String id) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.tenantId = :tenant AND u.id = :id", XapiUpstream.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<XapiUpstream> due(Instant now, int limit) {
        return em.createQuery("SELECT u FROM XapiUpstream u WHERE u.enabled = TRUE AND u.nextPollAt <= :now"
                        + " ORDER BY u.nextPollAt", XapiUpstream.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
