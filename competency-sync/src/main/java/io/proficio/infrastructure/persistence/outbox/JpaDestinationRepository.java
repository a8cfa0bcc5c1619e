package io.proficio.infrastructure.persistence.outbox;

import io.proficio.domain.outbox.Destination;
import io.proficio.domain.outbox.DestinationRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link DestinationRepository} on JPA. */
@ApplicationScoped
public class JpaDestinationRepository implements DestinationRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Destination destination) {
        em.persist(destination);
    }

    @Override
    public Optional<Destination> find(TenantId tenantId, String id) {
        return em.createQuery("SELECT d FROM Destination d WHERE d.tenantId = :tenant AND d.id = :id"
                        + " AND d.deletedAt IS NULL", Destination.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Destination> find(String id) {
        return Optional.ofNullable(em.find(Destination.class, id));
    }

    @Override
    public List<Destination> all(TenantId tenantId) {
        return em.createQuery("SELECT d FROM Destination d WHERE d.tenantId = :tenant AND d.deletedAt IS NULL"
                        + " ORDER BY d.createdAt", Destination.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public List<Destination> ofTenants(Collection<String> tenantIds) {
        return em.createQuery("SELECT d FROM Destination d WHERE d.tenantId IN :tenants AND d.deletedAt IS NULL",
                        Destination.class)
                .setParameter("tenants", tenantIds).getResultList();
    }
}
