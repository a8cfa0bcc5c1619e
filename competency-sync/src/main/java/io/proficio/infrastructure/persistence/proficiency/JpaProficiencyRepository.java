package io.proficio.infrastructure.persistence.proficiency;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.proficiency.ProficiencySettings;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link ProficiencyRepository} on JPA. */
@ApplicationScoped
public class JpaProficiencyRepository implements ProficiencyRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Proficiency proficiency) {
        em.persist(proficiency);
    }

    @Override
    public void remove(Proficiency proficiency) {
        em.remove(proficiency);
    }

    @Override
    public List<Proficiency> of(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT p FROM Proficiency p WHERE p.tenantId = :tenant AND p.personId = :person",
                        Proficiency.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    @Override
    public List<Proficiency> of(TenantId tenantId, List<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Proficiency p WHERE p.tenantId = :tenant AND p.personId IN :people",
                        Proficiency.class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds)
                .getResultList();
    }

    @Override
    public ProficiencySettings settings(TenantId tenantId) {
        ProficiencySettings settings = em.find(ProficiencySettings.class, tenantId.value());
        return settings == null ? ProficiencySettings.defaults(tenantId) : settings;
    }

    @Override
    public ProficiencySettings settingsForUpdate(TenantId tenantId) {
        ProficiencySettings settings = em.find(ProficiencySettings.class, tenantId.value());
        if (settings == null) {
            settings = ProficiencySettings.defaults(tenantId);
            em.persist(settings);
        }
        return settings;
    }
}
