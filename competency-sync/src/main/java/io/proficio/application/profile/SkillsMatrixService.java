package io.proficio.application.profile;

import io.proficio.application.framework.FrameworkService;
import io.proficio.application.lti.CourseService;
import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.role.RoleId;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The skills matrix managers and L&D read: people in rows, competencies in columns, a level in
 * each cell that has one.
 */
@Stateless
public class SkillsMatrixService {

    /** Proficiency is read for this many people per query. */
    static final int PEOPLE_PER_QUERY = 500;

    @Inject
    PersonDirectory people;
    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    FrameworkService frameworkService;
    @Inject
    CourseService courses;

    /** One person's row: levels by competency id. */
    public record Row(Person person, Map<String, Integer> levels) {
    }

    public record Matrix(List<Competency> competencies, List<Row> rows) {
    }

    /**
     * Which people are the rows; each part may be null.
     *
     * @param managerId only this manager's reports
     * @param courseRef only the members of this course
     * @param roleId    only people holding this role profile
     */
    public record Rows(PersonId managerId, String courseRef, RoleId roleId) {
    }

    /**
     * @param frameworkId the columns: every competency of this framework; when null, every
     *                    competency in which any of the people has a level
     */
    public Matrix matrix(TenantId tenantId, Rows filter, FrameworkId frameworkId) {
        List<Person> rows = candidates(tenantId, filter).stream()
                .filter(p -> filter.roleId() == null || p.roleId().map(filter.roleId()::equals).orElse(false))
                .toList();
        Map<String, Map<String, Integer>> levels = new HashMap<>();
        for (int from = 0; from < rows.size(); from += PEOPLE_PER_QUERY) {
            List<String> ids = rows.subList(from, Math.min(rows.size(), from + PEOPLE_PER_QUERY)).stream()
                    .map(p -> p.id().value()).toList();
            for (Proficiency p : proficiencies.of(tenantId, ids)) {
                levels.computeIfAbsent(p.personId().value(), k -> new HashMap<>()).put(p.competencyId().value(), p.level());
            }
        }
        return new Matrix(columns(tenantId, frameworkId, levels),
                rows.stream().map(p -> new Row(p, levels.getOrDefault(p.id().value(), Map.of()))).toList());
    }

    private List<Person> candidates(TenantId tenantId, Rows filter) {
        List<Person> chosen = filter.managerId() == null ? people.all(tenantId, null) : people.reports(tenantId, filter.managerId());
        if (filter.courseRef() == null) {
            return chosen;
        }
        Set<PersonId> members = new java.util.HashSet<>();
        courses.roster(tenantId, filter.courseRef()).forEach(m -> members.add(m.personId()));
        return chosen.stream().filter(p -> members.contains(p.id())).toList();
    }

    private List<Competency> columns(TenantId tenantId, FrameworkId frameworkId, Map<String, Map<String, Integer>> levels) {
        if (frameworkId != null) {
            frameworkService.get(tenantId, frameworkId);
            return frameworks.competencies(tenantId, frameworkId).stream().filter(c -> !c.isRetired()).toList();
        }
        Set<String> held = new LinkedHashSet<>();
        levels.values().forEach(byCompetency -> held.addAll(byCompetency.keySet()));
        List<Competency> columns = new ArrayList<>();
        held.forEach(id -> frameworks.findCompetency(tenantId, new CompetencyId(id)).ifPresent(columns::add));
        columns.sort(Comparator.comparing((Competency c) -> c.frameworkId().value()).thenComparing(Competency::position));
        return columns;
    }
}
