package io.proficio.infrastructure.persistence;

import io.proficio.domain.outbox.Destination;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outbound destinations. */
@ApplicationScoped
public class DestinationRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(Destination destination) {
        em.persist(destination);
    }

    public Optional<Destination> find(TenantId tenantId, String id) {
        return em.createQuery("SELECT d FROM Destination d WHERE d.tenantId = :tenant AND d.id = :id"
                        + " AND d.deletedAt IS NULL", Destination.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    /** Any destination by id, removed or not: for a dispatcher finishing what it claimed. */
    public Optional<Destination> find(String id) {
        return Optional.ofNullable(em.find(Destination.class, id));
    }

    public List<Destination> all(TenantId tenantId) {
        return em.createQuery("SELECT d FROM Destination d WHERE d.tenantId = :tenant AND d.deletedAt IS NULL"
                        + " ORDER BY d.createdAt", Destination.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    /** The live destinations of these tenants. */
    public List<Destination> ofTenants(Collection<String> tenantIds) {
        return em.createQuery("SELECT d FROM Destination d WHERE d.tenantId IN :tenants AND d.deletedAt IS NULL",
                        Destination.class)
                .setParameter("tenants", tenantIds).getResultList();
    }
}
