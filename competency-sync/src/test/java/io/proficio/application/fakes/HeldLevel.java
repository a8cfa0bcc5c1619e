package io.proficio.application.fakes;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A level as plain values, to compare and print: a {@link Proficiency} is a mutable entity without
 * {@code equals}, and keeps changing after it is read.
 */
public record HeldLevel(int level, boolean provisional, boolean rolledUp, List<String> basis) {

    public HeldLevel {
        basis = List.copyOf(basis);
    }

    public static HeldLevel of(Proficiency proficiency) {
        return new HeldLevel(proficiency.level(), proficiency.isProvisional(), proficiency.isRolledUp(),
                proficiency.basis());
    }

    /** Competency id → level, sorted by competency id. */
    public static Map<String, HeldLevel> of(Collection<Proficiency> proficiencies) {
        Map<String, HeldLevel> levels = new TreeMap<>();
        proficiencies.forEach(p -> levels.put(p.competencyId().value(), of(p)));
        return levels;
    }

    /** The person's stored levels, competency id → level. */
    public static Map<String, HeldLevel> of(ProficiencyRepository repository, TenantId tenantId, PersonId personId) {
        return of(repository.of(tenantId, personId));
    }

    /** The person's stored levels as numbers only, competency id → level. */
    public static Map<String, Integer> numbers(ProficiencyRepository repository, TenantId tenantId, PersonId personId) {
        Map<String, Integer> levels = new TreeMap<>();
        repository.of(tenantId, personId).forEach(p -> levels.put(p.competencyId().value(), p.level()));
        return levels;
    }

    @Override
    public String toString() {
        return level + (provisional ? " provisional" : "") + (rolledUp ? " rolled up" : "") + " from " + basis;
    }
}
