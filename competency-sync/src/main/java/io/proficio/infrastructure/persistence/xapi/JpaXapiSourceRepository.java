package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiSourceRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link XapiSourceRepository} on JPA. */
@ApplicationScoped
public class JpaXapiSourceRepository implements XapiSourceRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(XapiSource source) {
        em.persist(source);
    }

    @Override
    public List<XapiSource> sources(TenantId tenantId) {
        return em.createQuery("SELECT s FROM XapiSource s WHERE s.tenantId = :tenant ORDER BY s.createdAt", XapiSource.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public Optional<XapiSource> source(TenantId tenantId, String id) {
        return em.createQuery("SELECT s FROM XapiSource s WHERE s.tenantId = :tenant AND s.id = :id", XapiSource.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<XapiSource> byKey(String apiKey) {
        return em.createQuery("SELECT s FROM XapiSource s WHERE s.apiKey = :key", XapiSource.class)
                .setParameter("key", apiKey).getResultStream().findFirst();
    }
}
