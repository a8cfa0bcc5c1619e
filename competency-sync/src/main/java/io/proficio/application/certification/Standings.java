package io.proficio.application.certification;

import io.proficio.domain.certification.Standing;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads people's {@link Standing}: their confirmed levels (provisional ones await confirmation and
 * count towards no certification or plan item) and the content they have done.
 */
@ApplicationScoped
public class Standings {

    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    EvidenceRepository evidence;

    /** From the database. */
    public Map<String, Standing> read(TenantId tenantId, Collection<String> people) {
        Map<String, List<Proficiency>> levels = proficiencies.of(tenantId, new ArrayList<>(people)).stream()
                .collect(Collectors.groupingBy(p -> p.personId().value()));
        Map<String, Collection<Proficiency>> all = new HashMap<>();
        people.forEach(person -> all.put(person, levels.getOrDefault(person, List.of())));
        return of(tenantId, all);
    }

    /** From levels at hand (those just derived, in this transaction). */
    public Map<String, Standing> of(TenantId tenantId, Map<String, ? extends Collection<Proficiency>> levelsByPerson) {
        Map<String, Map<String, List<String>>> content = new HashMap<>();
        if (!levelsByPerson.isEmpty()) {
            for (Object[] row : evidence.contentDone(tenantId, levelsByPerson.keySet())) {
                content.computeIfAbsent((String) row[0], k -> new HashMap<>())
                        .computeIfAbsent((String) row[1], k -> new ArrayList<>()).add((String) row[2]);
            }
        }
        Map<String, Standing> standings = new HashMap<>();
        levelsByPerson.forEach((person, levels) -> {
            Map<String, Standing.Held> held = new HashMap<>();
            levels.stream().filter(p -> !p.isProvisional())
                    .forEach(p -> held.put(p.competencyId().value(), new Standing.Held(p.level(), p.basis())));
            standings.put(person, new Standing(held, content.getOrDefault(person, Map.of())));
        });
        return standings;
    }
}
