package io.proficio.infrastructure.persistence.tenant;

import io.proficio.domain.tenant.ApiToken;
import io.proficio.domain.tenant.ApiTokenId;
import io.proficio.domain.tenant.Tenant;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link TenantRepository} on JPA. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public boolean slugExists(String slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.createdAt", Tenant.class).getResultList();
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String hash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> tokens(TenantId tenantId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tenantId = :tenant ORDER BY t.createdAt", ApiToken.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public Optional<ApiToken> findToken(TenantId tenantId, ApiTokenId id) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tenantId = :tenant AND t.id = :id", ApiToken.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }
}
