package io.proficio.infrastructure.persistence.proficiency;

import io.proficio.domain.role.RoleId;
import io.proficio.domain.role.RoleProfile;
import io.proficio.domain.role.RoleProfileRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link RoleProfileRepository} on JPA. */
@ApplicationScoped
public class JpaRoleProfileRepository implements RoleProfileRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(RoleProfile role) {
        em.persist(role);
    }

    @Override
    public void remove(RoleProfile role) {
        em.remove(role);
    }

    @Override
    public Optional<RoleProfile> find(TenantId tenantId, RoleId id) {
        return em.createQuery("SELECT r FROM RoleProfile r WHERE r.tenantId = :tenant AND r.id = :id", RoleProfile.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public boolean nameTaken(TenantId tenantId, String name, RoleId except) {
        return em.createQuery("SELECT COUNT(r) FROM RoleProfile r WHERE r.tenantId = :tenant"
                        + " AND LOWER(r.name) = LOWER(:name) AND r.id <> :except", Long.class)
                .setParameter("tenant", tenantId.value()).setParameter("name", name.strip())
                .setParameter("except", except.value())
                .getSingleResult() > 0;
    }

    @Override
    public List<RoleProfile> all(TenantId tenantId) {
        return em.createQuery("SELECT r FROM RoleProfile r WHERE r.tenantId = :tenant ORDER BY r.name", RoleProfile.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }
}
