package io.proficio.application.proficiency;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.outbox.Outbox;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.proficiency.LevelChange;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code proficiency.achieved} or {@code .lost} where a confirmed level crosses its scale's
 * proficient level, written to the outbox in the transaction that changed the level. Observes
 * {@link LevelsChanged} first, so a person's events read in the order they happened: the level,
 * then what it earned.
 */
@Stateless
public class ProficiencyReports {

    @Inject
    FrameworkRepository frameworks;
    @Inject
    Outbox outbox;

    public void levelsChanged(@Observes @Priority(Interceptor.Priority.APPLICATION) LevelsChanged change) {
        TenantId tenantId = change.tenantId();
        Map<String, Optional<Competency>> competencies = new HashMap<>();
        Map<String, Optional<Scale>> scales = new HashMap<>();
        for (LevelChange person : change.changes()) {
            Map<String, Integer> afterLevels = LevelChange.confirmed(person.after());
            Set<String> touched = new TreeSet<>(person.before().keySet());
            touched.addAll(afterLevels.keySet());
            for (String competencyId : touched) {
                int was = person.before().getOrDefault(competencyId, 0);
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
                    outbox.record(tenantId, is >= proficient ? EventType.PROFICIENCY_ACHIEVED : EventType.PROFICIENCY_LOST,
                            person.person(), JSON.createObjectBuilder()
                                    .add("competency", describe(competency.get()))
                                    .add("level", is).add("previousLevel", was).add("proficientLevel", proficient),
                            change.at());
                }
            }
        }
    }

    private static JsonObjectBuilder describe(Competency competency) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", competency.id().value())
                .add("frameworkId", competency.frameworkId().value());
        Optional.ofNullable(competency.caseIdentifier()).ifPresent(id -> json.add("caseIdentifier", id));
        Optional.ofNullable(competency.label()).ifPresent(label -> json.add("label", label));
        return json;
    }
}
