package io.proficio.application.proficiency;

import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentRepository;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Candidate;
import io.proficio.domain.proficiency.Gap;
import io.proficio.domain.proficiency.GapAnalysis;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.proficiency.Recommendation;
import io.proficio.domain.proficiency.Recommendations;
import io.proficio.domain.role.RoleProfile;
import io.proficio.domain.role.RoleProfileRepository;
import io.proficio.domain.role.RoleStage;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's proficiency held against their role: the gaps to the stage they are at and to the
 * next one, and the content that closes them.
 */
@Stateless
public class GapService {

    @Inject
    PersonDirectory people;
    @Inject
    RoleProfileRepository roles;
    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    AlignmentRepository alignments;
    @Inject
    EvidenceRepository evidence;

    /** A required competency, its gap, and the competency itself. */
    public record GapLine(Gap gap, Competency competency) {
    }

    /** The gaps to one stage of the role, largest first. */
    public record StageGaps(RoleStage stage, List<GapLine> gaps) {
        public boolean met() {
            return gaps.stream().allMatch(line -> line.gap().met());
        }
    }

    /**
     * @param current the gaps to the person's stage; null when they have no stage yet
     * @param next    the gaps to the stage after it (the first stage, for someone without one);
     *                null at the top of the role
     */
    public record GapReport(Person person, RoleProfile role, StageGaps current, StageGaps next) {
    }

    /** @throws ProficioException {@link ErrorCode#NOT_PLACED} for a person without a role profile */
    public GapReport gaps(TenantId tenantId, PersonId personId) {
        Person person = people.get(tenantId, personId);
        RoleProfile role = person.roleId().flatMap(id -> roles.find(tenantId, id))
                .orElseThrow(() -> new ProficioException(ErrorCode.NOT_PLACED, "Person " + personId
                        + " has no role profile; place them in a role and stage to see their gaps."));
        Map<String, Integer> levels = new HashMap<>();
        proficiencies.of(tenantId, person.id()).forEach(p -> levels.put(p.competencyId().value(), p.level()));
        List<RoleStage> stages = role.stages();
        int at = person.stage().orElse(0);
        StageGaps current = at >= 1 && at <= stages.size() ? stageGaps(tenantId, stages.get(at - 1), levels) : null;
        StageGaps next = at < stages.size() ? stageGaps(tenantId, stages.get(at), levels) : null;
        return new GapReport(person, role, current, next);
    }

    private StageGaps stageGaps(TenantId tenantId, RoleStage stage, Map<String, Integer> levels) {
        Map<String, Integer> required = new LinkedHashMap<>();
        stage.requirements().forEach(r -> required.put(r.competencyId(), r.level()));
        List<GapLine> lines = GapAnalysis.analyse(required, levels).stream()
                .flatMap(gap -> frameworks.findCompetency(tenantId, new CompetencyId(gap.competencyId()))
                        .map(c -> new GapLine(gap, c)).stream())
                .toList();
        return new StageGaps(stage, lines);
    }

    /**
     * Content that closes the person's gaps: to their stage while it has any, else to the next.
     * Content the person already has evidence from is left out; IRI prefixes, which map
     * statements rather than name content, are never recommended.
     */
    public List<Recommendation> recommendations(TenantId tenantId, PersonId personId, int limit) {
        GapReport report = gaps(tenantId, personId);
        StageGaps target = report.current() != null && !report.current().met() ? report.current() : report.next();
        if (target == null) {
            return List.of();
        }
        List<Gap> gaps = target.gaps().stream().map(GapLine::gap).toList();
        Map<String, String> labels = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (GapLine line : target.gaps()) {
            Competency c = line.competency();
            labels.put(c.id().value(), Optional.ofNullable(c.humanCodingScheme()).orElse(c.fullStatement()));
            if (line.gap().met()) {
                continue;
            }
            for (Alignment a : alignments.list(tenantId, c.id(), null, null)) {
                if (a.content().type() != ContentType.XAPI_ACTIVITY_PREFIX) {
                    candidates.add(new Candidate(a.content().type().value(), a.content().ref(), c.id().value(), a.level()));
                }
            }
        }
        return Recommendations.rank(gaps, candidates, new HashSet<>(evidence.contentDone(tenantId, report.person().id())),
                labels, limit);
    }
}
