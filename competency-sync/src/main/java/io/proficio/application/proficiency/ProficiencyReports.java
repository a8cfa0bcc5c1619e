package io.proficio.application.proficiency;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.outbox.Outbox;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.LevelChange;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        List<Crossing> crossings = crossings(change);
        outbox.expect(change.tenantId(), crossings.stream().map(Crossing::person).toList());
        crossings.forEach(crossing -> outbox.record(change.tenantId(),
                crossing.is() >= crossing.proficient() ? EventType.PROFICIENCY_ACHIEVED : EventType.PROFICIENCY_LOST,
                crossing.person(), JSON.createObjectBuilder()
                        .add("competency", describe(crossing.competency()))
                        .add("level", crossing.is()).add("previousLevel", crossing.was())
                        .add("proficientLevel", crossing.proficient()),
                change.at()));
    }

    /** The confirmed levels of the change that crossed their scale's proficient level, person by person. */
    private List<Crossing> crossings(LevelsChanged change) {
        TenantId tenantId = change.tenantId();
        Map<String, Optional<Competency>> competencies = new HashMap<>();
        Map<String, Optional<Scale>> scales = new HashMap<>();
        List<Crossing> crossings = new ArrayList<>();
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
                if (scale.isPresent() && (was >= scale.get().proficientLevel()) != (is >= scale.get().proficientLevel())) {
                    crossings.add(new Crossing(person.person(), competency.get(), was, is, scale.get().proficientLevel()));
                }
            }
        }
        return crossings;
    }

    /** A person's confirmed level of a competency that went from {@code was} to {@code is} across {@code proficient}. */
    private record Crossing(PersonId person, Competency competency, int was, int is, int proficient) {
    }

    private static JsonObjectBuilder describe(Competency competency) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", competency.id().value())
                .add("frameworkId", competency.frameworkId().value());
        Optional.ofNullable(competency.caseIdentifier()).ifPresent(id -> json.add("caseIdentifier", id));
        Optional.ofNullable(competency.label()).ifPresent(label -> json.add("label", label));
        return json;
    }
}
