package io.proficio.infrastructure.persistence;

import io.proficio.domain.role.RoleId;
import io.proficio.domain.role.RoleProfile;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Role profiles with their stages. */
@ApplicationScoped
public class RoleProfileRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(RoleProfile role) {
        em.persist(role);
    }

    public void remove(RoleProfile role) {
        em.remove(role);
    }

    public Optional<RoleProfile> find(TenantId tenantId, RoleId id) {
        return em.createQuery("SELECT r FROM RoleProfile r WHERE r.tenantId = :tenant AND r.id = :id", RoleProfile.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    public boolean nameTaken(TenantId tenantId, String name, RoleId except) {
        return em.createQuery("SELECT COUNT(r) FROM RoleProfile r WHERE r.tenantId = :tenant"
                        + " AND LOWER(r.name) = LOWER(:name) AND r.id <> :except", Long.class)
                .setParameter("tenant", tenantId.value()).setParameter("name", name.strip())
                .setParameter("except", except.value())
                .getSingleResult() > 0;
    }

    public List<RoleProfile> all(TenantId tenantId) {
        return em.createQuery("SELECT r FROM RoleProfile r WHERE r.tenantId = :tenant ORDER BY r.name", RoleProfile.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }
}
