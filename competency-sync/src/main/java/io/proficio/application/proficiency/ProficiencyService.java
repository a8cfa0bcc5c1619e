package io.proficio.application.proficiency;

import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonMerged;
import io.proficio.domain.proficiency.Assessment;
import io.proficio.domain.proficiency.LevelChange;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyPolicy;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.proficiency.ProficiencySettings;
import io.proficio.domain.proficiency.RollUp;
import io.proficio.domain.proficiency.RollUpRule;
import io.proficio.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps materialised proficiency in step with the evidence ledger. {@link #refresh} is the
 * incremental path (after evidence arrives or is retracted, only the competencies it touched);
 * {@link #recompute} derives every level of a person from the ledger. Both run the same two steps,
 * the tenant's policy over each competency's active evidence and then the roll-up of each touched
 * framework, so they give the same answer.
 */
@Stateless
public class ProficiencyService {

    @Inject
    EvidenceRepository evidence;
    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    Event<LevelsChanged> levelsChanged;
    @Resource
    SessionContext context;

    /** What one derivation reads once: the settings, and the frameworks' competencies and tree. */
    private final class Pass {
        final TenantId tenantId;
        final ProficiencySettings settings;
        final Instant now = Instant.now();
        final Map<String, Optional<Competency>> competencies = new HashMap<>();
        final Map<FrameworkId, Shape> shapes = new HashMap<>();
        final List<LevelChange> changes = new ArrayList<>();

        Pass(TenantId tenantId) {
            this.tenantId = tenantId;
            this.settings = proficiencies.settings(tenantId);
        }

        Optional<Competency> competency(String id) {
            return competencies.computeIfAbsent(id, k -> frameworks.findCompetency(tenantId, new CompetencyId(k)));
        }

        Shape shape(FrameworkId frameworkId) {
            return shapes.computeIfAbsent(frameworkId, k -> Shape.read(frameworks, tenantId, k));
        }
    }

    /** A framework's active competencies in order, and their children in framework order. */
    private record Shape(List<Competency> competencies, Map<String, List<String>> children) {
        static Shape read(FrameworkRepository frameworks, TenantId tenantId, FrameworkId frameworkId) {
            List<Competency> competencies = frameworks.competencies(tenantId, frameworkId).stream()
                    .filter(c -> !c.isRetired()).toList();
            Map<String, Integer> position = new HashMap<>();
            competencies.forEach(c -> position.put(c.id().value(), c.position()));
            Map<String, List<String>> children = new HashMap<>();
            for (Object[] pair : frameworks.childParentPairs(tenantId, frameworkId)) {
                children.computeIfAbsent((String) pair[1], k -> new ArrayList<>()).add((String) pair[0]);
            }
            // Framework order, so a rolled-up basis reads the same however the database returned the edges.
            children.values().forEach(list -> list.sort(Comparator.comparing(position::get)));
            return new Shape(competencies, children);
        }
    }

    /** Re-derives the person's level in one competency, then its framework's roll-ups. */
    public void refresh(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        refresh(tenantId, Map.of(personId.value(), Set.of(competencyId.value())));
    }

    /** Re-derives, for each person, the levels in the given competencies and their frameworks' roll-ups. */
    public void refresh(TenantId tenantId, Map<String, Set<String>> competenciesByPerson) {
        if (competenciesByPerson.isEmpty()) {
            return;
        }
        Pass pass = new Pass(tenantId);
        // Everyone's levels in one query, their evidence in one a competency: a batch of statements
        // touches hundreds of people.
        List<String> people = new ArrayList<>(competenciesByPerson.keySet());
        Map<String, List<Proficiency>> held = proficiencies.of(tenantId, people).stream()
                .collect(Collectors.groupingBy(p -> p.personId().value()));
        Map<String, List<Evidence>> active = evidence.active(tenantId, competenciesByPerson).stream()
                .collect(Collectors.groupingBy(e -> e.personId().value()));
        competenciesByPerson.forEach((person, only) -> derive(pass, new PersonId(person), only,
                held.getOrDefault(person, List.of()), active.getOrDefault(person, List.of())));
        publish(pass);
    }

    /** Derives every level of the person from the ledger alone. */
    public void recompute(TenantId tenantId, PersonId personId) {
        Pass pass = new Pass(tenantId);
        derive(pass, personId, null, proficiencies.of(tenantId, personId), evidence.active(tenantId, personId));
        publish(pass);
    }

    /** A merged person's levels, derived afresh from the ledger the merge combined. */
    public void merged(@Observes PersonMerged merge) {
        recompute(merge.tenantId(), merge.survivor());
    }

    /**
     * Recomputes everyone in the tenant who has evidence, each person in a transaction of their
     * own, so a tenant of any size is recomputed without one huge transaction.
     *
     * @return how many people were recomputed
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int recomputeTenant(TenantId tenantId) {
        ProficiencyService self = context.getBusinessObject(ProficiencyService.class);
        List<String> people = evidence.peopleWithEvidence(tenantId);
        people.forEach(person -> self.recomputeAlone(tenantId, new PersonId(person)));
        return people.size();
    }

    /** {@link #recompute} in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recomputeAlone(TenantId tenantId, PersonId personId) {
        recompute(tenantId, personId);
    }

    /** Tells the observers of {@link LevelsChanged} what this derivation did, in its transaction. */
    private void publish(Pass pass) {
        if (!pass.changes.isEmpty()) {
            levelsChanged.fire(new LevelsChanged(pass.tenantId, pass.changes, pass.now));
        }
    }

    /** The person's levels, in framework order. */
    public List<HeldProficiency> of(TenantId tenantId, PersonId personId) {
        return proficiencies.of(tenantId, personId).stream()
                .flatMap(p -> frameworks.findCompetency(tenantId, p.competencyId())
                        .map(c -> new HeldProficiency(p, c)).stream())
                .sorted(Comparator.comparing((HeldProficiency h) -> h.competency().frameworkId().value())
                        .thenComparing(h -> h.competency().position()))
                .toList();
    }

    public ProficiencySettings settings(TenantId tenantId) {
        return proficiencies.settings(tenantId);
    }

    /** Chooses the tenant's policy and roll-up rule; {@link #recomputeTenant} then applies them. */
    public ProficiencySettings choose(TenantId tenantId, ProficiencyPolicy policy, RollUpRule rollUp) {
        ProficiencySettings settings = proficiencies.settingsForUpdate(tenantId);
        settings.choose(policy, rollUp, Instant.now());
        return settings;
    }

    /**
     * @param only       the competencies to derive, or null for every competency the person has
     *                   evidence or a level in
     * @param levels     every level the person holds
     * @param activeEvidence the person's active evidence in (at least) those competencies, in the order observed
     */
    private void derive(Pass pass, PersonId personId, Set<String> only, List<Proficiency> levels,
                        List<Evidence> activeEvidence) {
        Map<String, Integer> before = LevelChange.confirmed(levels);
        Map<String, Proficiency> held = new HashMap<>();
        levels.forEach(p -> held.put(p.competencyId().value(), p));
        Map<String, List<Evidence>> byCompetency = activeEvidence.stream()
                .collect(Collectors.groupingBy(e -> e.competencyId().value()));
        Set<String> touched = new LinkedHashSet<>();
        if (only == null) {
            touched.addAll(held.keySet());
            touched.addAll(byCompetency.keySet());
        } else {
            touched.addAll(only);
        }
        Set<FrameworkId> frameworksTouched = new LinkedHashSet<>();
        for (String competencyId : touched) {
            holdDirect(pass, personId, competencyId, byCompetency.getOrDefault(competencyId, List.of()), held);
            pass.competency(competencyId).ifPresent(c -> frameworksTouched.add(c.frameworkId()));
        }
        frameworksTouched.forEach(framework -> rollUp(pass, personId, pass.shape(framework), held));
        pass.changes.add(new LevelChange(personId, before, List.copyOf(held.values())));
    }

    private void holdDirect(Pass pass, PersonId personId, String competencyId, List<Evidence> active,
                            Map<String, Proficiency> held) {
        Optional<Assessment> assessment = pass.settings.policy()
                .assess(active.stream().map(Evidence::toObservation).toList(), pass.now);
        Proficiency current = held.get(competencyId);
        if (assessment.isEmpty()) {
            if (current != null && !current.isRolledUp()) {
                proficiencies.remove(current);
                held.remove(competencyId);
            }
            return;
        }
        Proficiency proficiency = current != null ? current : newProficiency(pass.tenantId, personId, competencyId, held);
        Assessment a = assessment.get();
        proficiency.hold(a.level(), a.provisional(), false, a.basis(), pass.now);
    }

    private Proficiency newProficiency(TenantId tenantId, PersonId personId, String competencyId,
                                       Map<String, Proficiency> held) {
        Proficiency proficiency = new Proficiency(tenantId, personId, new CompetencyId(competencyId));
        proficiencies.add(proficiency);
        held.put(competencyId, proficiency);
        return proficiency;
    }

    /**
     * Gives each competency of the framework without direct evidence the roll-up of its children
     * ({@link RollUp}); its basis is the evidence behind those children.
     */
    private void rollUp(Pass pass, PersonId personId, Shape shape, Map<String, Proficiency> held) {
        Map<String, Integer> direct = new HashMap<>();
        for (Competency c : shape.competencies()) {
            Proficiency p = held.get(c.id().value());
            if (p != null && !p.isRolledUp()) {
                direct.put(c.id().value(), p.level());
            }
        }
        Map<String, Integer> derived = RollUp.derive(direct, shape.children(), pass.settings.rollUp());
        for (Competency c : shape.competencies()) {
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
            Proficiency proficiency = p != null ? p : newProficiency(pass.tenantId, personId, id, held);
            proficiency.hold(level, restsOnProvisional(id, shape.children(), held, new HashSet<>()), true,
                    basisOf(id, shape.children(), held, new LinkedHashSet<>()), pass.now);
        }
    }

    /**
     * Whether a rolled-up level rests on a provisional one: a level of its nearest descendants with
     * direct evidence awaits confirmation. Such a roll-up is provisional too (confirmed when they all
     * are), so that no manager-confirms parent counts as confirmed before anyone confirmed a child.
     */
    private static boolean restsOnProvisional(String competencyId, Map<String, List<String>> children,
                                              Map<String, Proficiency> held, Set<String> seen) {
        for (String child : children.getOrDefault(competencyId, List.of())) {
            if (!seen.add(child)) {
                continue;
            }
            Proficiency p = held.get(child);
            if (p != null && !p.isRolledUp() ? p.isProvisional() : restsOnProvisional(child, children, held, seen)) {
                return true;
            }
        }
        return false;
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
