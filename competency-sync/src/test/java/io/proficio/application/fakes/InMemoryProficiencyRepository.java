package io.proficio.application.fakes;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.proficiency.ProficiencySettings;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.EntityExistsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ProficiencyRepository} in memory, as {@code JpaProficiencyRepository} answers: levels within
 * one tenant, one per person and competency (the primary key); settings the defaults until stored.
 * The levels returned are the stored objects, so changing one changes what is stored, as with a
 * managed entity.
 */
public final class InMemoryProficiencyRepository implements ProficiencyRepository {

    private final List<Proficiency> levels = new ArrayList<>();
    private final Map<TenantId, ProficiencySettings> settings = new HashMap<>();

    @Override
    public void add(Proficiency proficiency) {
        if (levels.stream().anyMatch(p -> p.personId().equals(proficiency.personId())
                && p.competencyId().equals(proficiency.competencyId()))) {
            throw new EntityExistsException("A level of " + proficiency.personId() + " in "
                    + proficiency.competencyId() + " exists");
        }
        levels.add(proficiency);
    }

    @Override
    public void remove(Proficiency proficiency) {
        if (!levels.remove(proficiency)) {
            throw new IllegalArgumentException("Not stored: the level of " + proficiency.personId() + " in "
                    + proficiency.competencyId());
        }
    }

    @Override
    public List<Proficiency> of(TenantId tenantId, PersonId personId) {
        return levels.stream().filter(p -> EntityFields.tenantId(p).equals(tenantId.value())
                && p.personId().equals(personId)).toList();
    }

    @Override
    public List<Proficiency> of(TenantId tenantId, List<String> personIds) {
        return levels.stream().filter(p -> EntityFields.tenantId(p).equals(tenantId.value())
                && personIds.contains(p.personId().value())).toList();
    }

    @Override
    public ProficiencySettings settings(TenantId tenantId) {
        return settings.getOrDefault(tenantId, ProficiencySettings.defaults(tenantId));
    }

    @Override
    public ProficiencySettings settingsForUpdate(TenantId tenantId) {
        return settings.computeIfAbsent(tenantId, ProficiencySettings::defaults);
    }
}
