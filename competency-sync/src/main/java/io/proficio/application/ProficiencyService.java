package io.proficio.application;

import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Assessment;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyPolicy;
import io.proficio.domain.proficiency.ProficiencySettings;
import io.proficio.domain.proficiency.RollUp;
import io.proficio.domain.proficiency.RollUpRule;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.EvidenceRepository;
import io.proficio.infrastructure.persistence.FrameworkRepository;
import io.proficio.infrastructure.persistence.ProficiencyRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps materialised proficiency in step with the evidence ledger. {@link #refresh} is the
 * incremental path (one person, one competency, after evidence arrives or is retracted);
 * {@link #recompute} derives a person's every level from the ledger. Both go through the same
 * two steps: the tenant's policy over a competency's active evidence, then the roll-up of each
 * touched framework, so they give the same answer.
 */
@Stateless
public class ProficiencyService {

    @Inject
    EvidenceRepository evidence;
    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    FrameworkRepository frameworks;

    /** Re-derives the person's level in one competency, then its framework's roll-ups. */
    public void refresh(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        ProficiencySettings settings = proficiencies.settings(tenantId);
        Map<String, Proficiency> held = held(tenantId, personId);
        Instant now = Instant.now();
        holdDirect(tenantId, personId, competencyId, settings.policy(),
                evidence.active(tenantId, personId, competencyId), held, now);
        frameworks.findCompetency(tenantId, competencyId).ifPresent(competency ->
                rollUp(tenantId, personId, competency.frameworkId(), settings.rollUp(), held, now));
    }

    /** Derives every level of the person from the ledger alone. */
    public void recompute(TenantId tenantId, PersonId personId) {
        ProficiencySettings settings = proficiencies.settings(tenantId);
        Map<String, Proficiency> held = held(tenantId, personId);
        Instant now = Instant.now();
        Map<String, List<Evidence>> byCompetency = evidence.active(tenantId, personId).stream()
                .collect(Collectors.groupingBy(e -> e.competencyId().value(), TreeMap::new, Collectors.toList()));
        Set<String> touched = new LinkedHashSet<>(held.keySet());
        touched.addAll(byCompetency.keySet());
        Set<FrameworkId> touchedFrameworks = new LinkedHashSet<>();
        for (String competencyId : touched) {
            holdDirect(tenantId, personId, new CompetencyId(competencyId), settings.policy(),
                    byCompetency.getOrDefault(competencyId, List.of()), held, now);
            frameworks.findCompetency(tenantId, new CompetencyId(competencyId))
                    .ifPresent(c -> touchedFrameworks.add(c.frameworkId()));
        }
        touchedFrameworks.forEach(framework -> rollUp(tenantId, personId, framework, settings.rollUp(), held, now));
    }

    /** Recomputes everyone in the tenant who has evidence; returns how many people that was. */
    public int recomputeTenant(TenantId tenantId) {
        List<String> people = evidence.peopleWithEvidence(tenantId);
        people.forEach(person -> recompute(tenantId, new PersonId(person)));
        return people.size();
    }

    /** The person's levels, in framework order. */
    public List<HeldProficiency> of(TenantId tenantId, PersonId personId) {
        return proficiencies.of(tenantId, personId).stream()
                .flatMap(p -> frameworks.findCompetency(tenantId, p.competencyId())
                        .map(c -> new HeldProficiency(p, c)).stream())
                .sorted(java.util.Comparator.comparing((HeldProficiency h) -> h.competency().frameworkId().value())
                        .thenComparing(h -> h.competency().position()))
                .toList();
    }

    public ProficiencySettings settings(TenantId tenantId) {
        return proficiencies.settings(tenantId);
    }

    /** Chooses the tenant's policy and roll-up rule, and re-derives every level with them. */
    public ProficiencySettings choose(TenantId tenantId, ProficiencyPolicy policy, RollUpRule rollUp) {
        ProficiencySettings settings = proficiencies.settingsForUpdate(tenantId);
        settings.choose(policy, rollUp, Instant.now());
        recomputeTenant(tenantId);
        return settings;
    }

    private Map<String, Proficiency> held(TenantId tenantId, PersonId personId) {
        Map<String, Proficiency> held = new HashMap<>();
        proficiencies.of(tenantId, personId).forEach(p -> held.put(p.competencyId().value(), p));
        return held;
    }

    private void holdDirect(TenantId tenantId, PersonId personId, CompetencyId competencyId, ProficiencyPolicy policy,
                            List<Evidence> active, Map<String, Proficiency> held, Instant now) {
        Optional<Assessment> assessment = policy.assess(active.stream().map(Evidence::toObservation).toList(), now);
        Proficiency current = held.get(competencyId.value());
        if (assessment.isEmpty()) {
            if (current != null && !current.isRolledUp()) {
                proficiencies.remove(current);
                held.remove(competencyId.value());
            }
            return;
        }
        Proficiency proficiency = current != null ? current : newProficiency(tenantId, personId, competencyId, held);
        Assessment a = assessment.get();
        proficiency.hold(a.level(), a.provisional(), false, a.basis(), now);
    }

    private Proficiency newProficiency(TenantId tenantId, PersonId personId, CompetencyId competencyId,
                                       Map<String, Proficiency> held) {
        Proficiency proficiency = new Proficiency(tenantId, personId, competencyId);
        proficiencies.add(proficiency);
        held.put(competencyId.value(), proficiency);
        return proficiency;
    }

    /**
     * Gives each competency of the framework without direct evidence the roll-up of its children
     * ({@link RollUp}); its basis is the evidence behind those children.
     */
    private void rollUp(TenantId tenantId, PersonId personId, FrameworkId frameworkId, RollUpRule rule,
                        Map<String, Proficiency> held, Instant now) {
        List<Competency> competencies = frameworks.competencies(tenantId, frameworkId).stream()
                .filter(c -> !c.isRetired()).toList();
        Map<String, Integer> position = new HashMap<>();
        competencies.forEach(c -> position.put(c.id().value(), c.position()));
        Map<String, List<String>> children = new HashMap<>();
        for (Object[] pair : frameworks.childParentPairs(tenantId, frameworkId)) {
            children.computeIfAbsent((String) pair[1], k -> new ArrayList<>()).add((String) pair[0]);
        }
        // Framework order, so a rolled-up basis reads the same however the database returned the edges.
        children.values().forEach(list -> list.sort(java.util.Comparator.comparing(position::get)));
        Map<String, Integer> direct = new HashMap<>();
        for (Competency c : competencies) {
            Proficiency p = held.get(c.id().value());
            if (p != null && !p.isRolledUp()) {
                direct.put(c.id().value(), p.level());
            }
        }
        Map<String, Integer> derived = RollUp.derive(direct, children, rule);
        for (Competency c : competencies) {
            String id = c.id().value();
            if (direct.containsKey(id)) {
                continue;
            }
            Proficiency p = held.get(id);
            Integer level = derived.get(id);
            if (level == null) {
                if (p != null) {
                    proficiencies.remove(p);
                    held.remove(id);
                }
                continue;
            }
            Proficiency proficiency = p != null ? p : newProficiency(tenantId, personId, c.id(), held);
            proficiency.hold(level, false, true, basisOf(id, children, held, new LinkedHashSet<>()), now);
        }
    }

    /** The evidence behind a rolled-up level: that of the nearest descendants with direct evidence. */
    private static List<String> basisOf(String competencyId, Map<String, List<String>> children,
                                        Map<String, Proficiency> held, Set<String> seen) {
        Set<String> basis = new LinkedHashSet<>();
        for (String child : children.getOrDefault(competencyId, List.of())) {
            if (!seen.add(child)) {
                continue;
            }
            Proficiency p = held.get(child);
            basis.addAll(p != null && !p.isRolledUp() ? p.basis() : basisOf(child, children, held, seen));
        }
        return new ArrayList<>(basis);
    }
}
