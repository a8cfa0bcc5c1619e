package io.proficio.application;

import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.Standing;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.plan.PlanItem;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.FrameworkRepository;
import io.proficio.infrastructure.persistence.PlanItemRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change of levels leads to, in the transaction that changed them: {@code proficiency.achieved}
 * or {@code .lost} where a confirmed level crosses its scale's proficient level, certification awards
 * and revocations, and plan-item progress.
 */
@Stateless
public class Achievements {

    /**
     * One person's confirmed levels before a derivation, and every level they hold after it.
     *
     * @param before competency id → confirmed level before (provisional levels are left out)
     */
    public record LevelChange(PersonId person, Map<String, Integer> before, Collection<Proficiency> after) {
    }

    @Inject
    CertificationService certifications;
    @Inject
    PlanItemService planItems;
    @Inject
    PlanItemRepository items;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    Standings standings;
    @Inject
    Outbox outbox;

    /** The confirmed levels among {@code levels}, as {@link LevelChange#before} holds them. */
    public static Map<String, Integer> confirmed(Collection<Proficiency> levels) {
        Map<String, Integer> confirmed = new HashMap<>();
        levels.stream().filter(p -> !p.isProvisional()).forEach(p -> confirmed.put(p.competencyId().value(), p.level()));
        return confirmed;
    }

    /** Called after every derivation of these people's levels (changed or not: new evidence may complete content). */
    public void levelsChanged(TenantId tenantId, List<LevelChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        reportProficiency(tenantId, changes, now);
        CertificationService.Catalogue catalogue = certifications.catalogue(tenantId);
        Map<String, Collection<Proficiency>> after = new HashMap<>();
        changes.forEach(change -> after.put(change.person().value(), change.after()));
        List<PlanItem> open = items.openOf(tenantId, after.keySet());
        if (catalogue.all.isEmpty() && open.isEmpty()) {
            return;
        }
        Map<String, Standing> standing = standings.of(tenantId, after);
        Map<String, List<Award>> awards = certifications.evaluate(catalogue, standing, now);
        planItems.track(catalogue, open, standing, awards, now);
    }

    private static JsonObjectBuilder describe(Competency competency) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", competency.id().value())
                .add("frameworkId", competency.frameworkId().value());
        Optional.ofNullable(competency.caseIdentifier()).ifPresent(id -> json.add("caseIdentifier", id));
        Optional.ofNullable(competency.label()).ifPresent(label -> json.add("label", label));
        return json;
    }

    private void reportProficiency(TenantId tenantId, List<LevelChange> changes, Instant now) {
        Map<String, Optional<Competency>> competencies = new HashMap<>();
        Map<String, Optional<Scale>> scales = new HashMap<>();
        for (LevelChange change : changes) {
            Map<String, Integer> afterLevels = confirmed(change.after());
            Set<String> touched = new TreeSet<>(change.before().keySet());
            touched.addAll(afterLevels.keySet());
            for (String competencyId : touched) {
                int was = change.before().getOrDefault(competencyId, 0);
                int is = afterLevels.getOrDefault(competencyId, 0);
                if (was == is) {
                    continue;
                }
                Optional<Competency> competency = competencies.computeIfAbsent(competencyId,
                        id -> frameworks.findCompetency(tenantId, new CompetencyId(id)));
                Optional<Scale> scale = competency.flatMap(c -> scales.computeIfAbsent(c.frameworkId().value(),
                        f -> frameworks.scale(tenantId, c.frameworkId())));
                if (scale.isEmpty()) {
                    continue;
                }
                int proficient = scale.get().proficientLevel();
                if ((was >= proficient) != (is >= proficient)) {
                    Competency c = competency.get();
                    outbox.record(tenantId, is >= proficient ? EventType.PROFICIENCY_ACHIEVED : EventType.PROFICIENCY_LOST,
                            change.person(), Json.createObjectBuilder()
                                    .add("competency", describe(c))
                                    .add("level", is).add("previousLevel", was).add("proficientLevel", proficient), now);
                }
            }
        }
    }
}
