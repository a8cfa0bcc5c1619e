package io.proficio.infrastructure.persistence;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencySettings;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Materialised proficiency, and the tenant's proficiency settings. */
@ApplicationScoped
public class ProficiencyRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(Proficiency proficiency) {
        em.persist(proficiency);
    }

    public void remove(Proficiency proficiency) {
        em.remove(proficiency);
    }

    public List<Proficiency> of(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT p FROM Proficiency p WHERE p.tenantId = :tenant AND p.personId = :person",
                        Proficiency.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    /** The proficiencies of several people at once (a skills matrix). */
    public List<Proficiency> of(TenantId tenantId, List<String> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Proficiency p WHERE p.tenantId = :tenant AND p.personId IN :people",
                        Proficiency.class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds)
                .getResultList();
    }

    public ProficiencySettings settings(TenantId tenantId) {
        ProficiencySettings settings = em.find(ProficiencySettings.class, tenantId.value());
        return settings == null ? ProficiencySettings.defaults(tenantId) : settings;
    }

    /** The stored settings, made on first change. */
    public ProficiencySettings settingsForUpdate(TenantId tenantId) {
        ProficiencySettings settings = em.find(ProficiencySettings.class, tenantId.value());
        if (settings == null) {
            settings = ProficiencySettings.defaults(tenantId);
            em.persist(settings);
        }
        return settings;
    }
}
