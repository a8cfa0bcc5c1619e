package io.proficio.application.profile;

import io.proficio.application.certification.CertificationService;
import io.proficio.application.evidence.EvidenceService;
import io.proficio.application.framework.AlignmentService;
import io.proficio.application.framework.FrameworkService;
import io.proficio.application.framework.ScaleService;
import io.proficio.application.people.PersonDirectory;
import io.proficio.application.plan.PlanItemService;
import io.proficio.application.proficiency.GapService;
import io.proficio.application.proficiency.HeldProficiency;
import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.certification.Award;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.plan.PlanItem;
import io.proficio.domain.plan.PlanTarget;
import io.proficio.domain.proficiency.Gap;
import io.proficio.domain.proficiency.Recommendation;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's competency profile in one read: levels, gaps to their stage and the next,
 * recommendations, certifications and the plan items their performance plan set; and one competency
 * in focus (the page a deep-linked "Progress in …" activity opens).
 */
@Stateless
public class ProfileService {

    static final int RECOMMENDATIONS = 10;

    @Inject
    PersonDirectory people;
    @Inject
    ProficiencyService proficiencies;
    @Inject
    GapService gaps;
    @Inject
    CertificationService certifications;
    @Inject
    PlanItemService planItems;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    FrameworkService frameworkService;
    @Inject
    ScaleService scales;
    @Inject
    EvidenceService evidenceService;
    @Inject
    AlignmentService alignments;

    /** An award with its certification's name. */
    public record Certified(Award award, String name) {
    }

    /** A plan item with what it asks for, in words. */
    public record PlanLine(PlanItem item, String target) {
    }

    /** A plan item of someone in a manager's team. */
    public record TeamPlan(Person person, PlanLine line) {
    }

    /**
     * @param gaps            empty when the person holds no role profile yet
     * @param recommendations empty without a role profile
     */
    public record Profile(Person person, List<HeldProficiency> levels, Optional<GapService.GapReport> gaps,
                          List<Recommendation> recommendations, List<Certified> certifications, List<PlanLine> planItems) {
    }

    /** What one of the person's stages (their current one or the next) requires of a competency. */
    public record StageRequirement(String stage, boolean current, Gap gap) {
    }

    /** Content tagged with a competency, and whether the person has evidence from it already. */
    public record TaggedContent(Alignment alignment, boolean done) {
    }

    /**
     * One competency as the person stands in it: their level (empty without one), what their stages
     * require of it, the content that evidences it at a level above theirs (what to do next), and their
     * evidence, newest first.
     */
    public record CompetencyFocus(Person person, Competency competency, Scale scale, Optional<HeldProficiency> held,
                                  List<StageRequirement> requirements, List<TaggedContent> content,
                                  List<Evidence> evidence) {
    }

    public CompetencyFocus focus(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        Person person = people.get(tenantId, personId);
        Competency competency = frameworkService.competency(tenantId, competencyId);
        Optional<HeldProficiency> held = proficiencies.of(tenantId, person.id()).stream()
                .filter(h -> h.competency().id().equals(competencyId)).findFirst();
        int level = held.map(h -> h.proficiency().level()).orElse(0);
        List<Evidence> evidence = evidenceService.list(tenantId, person.id(), competencyId.value(), null, false);
        Set<ContentRef> done = new HashSet<>();
        evidence.forEach(e -> e.content().ifPresent(done::add));
        List<TaggedContent> content = alignments.list(tenantId, competencyId.value(), null, null).stream()
                .filter(a -> a.level() > level)
                .sorted(Comparator.comparingInt(Alignment::level))
                .limit(RECOMMENDATIONS)
                .map(a -> new TaggedContent(a, done.contains(a.content())))
                .toList();
        return new CompetencyFocus(person, competency, scales.get(tenantId, competency.frameworkId()), held,
                requirements(tenantId, person, competencyId), content, evidence);
    }

    private List<StageRequirement> requirements(TenantId tenantId, Person person, CompetencyId competencyId) {
        if (person.roleId().isEmpty()) {
            return List.of();
        }
        GapService.GapReport report = gaps.gaps(tenantId, person.id());
        List<StageRequirement> requirements = new ArrayList<>();
        for (GapService.StageGaps stage : Arrays.asList(report.current(), report.next())) {
            if (stage == null) {
                continue;
            }
            stage.gaps().stream().filter(line -> line.competency().id().equals(competencyId)).findFirst()
                    .ifPresent(line -> requirements.add(new StageRequirement(stage.stage().name(),
                            stage == report.current(), line.gap())));
        }
        return requirements;
    }

    public Profile of(TenantId tenantId, PersonId personId) {
        Person person = people.get(tenantId, personId);
        List<HeldProficiency> levels = proficiencies.of(tenantId, person.id());
        Map<String, String> names = certificationNames(tenantId);
        List<Certified> awards = certifications.awards(tenantId, person.id()).stream()
                .map(a -> new Certified(a, names.getOrDefault(a.certificationId().value(), ""))).toList();
        List<PlanLine> plans = plans(tenantId, person.id(), names);
        if (person.roleId().isEmpty()) {
            return new Profile(person, levels, Optional.empty(), List.of(), awards, plans);
        }
        return new Profile(person, levels, Optional.of(gaps.gaps(tenantId, person.id())),
                gaps.recommendations(tenantId, person.id(), RECOMMENDATIONS), awards, plans);
    }

    /** The plan items of a manager's reports, person by person. */
    public List<TeamPlan> teamPlans(TenantId tenantId, PersonId managerId) {
        Map<String, String> names = certificationNames(tenantId);
        List<TeamPlan> team = new ArrayList<>();
        for (Person report : people.reports(tenantId, managerId)) {
            plans(tenantId, report.id(), names).forEach(line -> team.add(new TeamPlan(report, line)));
        }
        return team;
    }

    private Map<String, String> certificationNames(TenantId tenantId) {
        Map<String, String> names = new HashMap<>();
        certifications.list(tenantId).forEach(c -> names.put(c.id().value(), c.name()));
        return names;
    }

    private List<PlanLine> plans(TenantId tenantId, PersonId personId, Map<String, String> names) {
        return planItems.list(tenantId, Optional.of(personId), Optional.empty()).stream()
                .map(item -> new PlanLine(item, target(tenantId, item, names))).toList();
    }

    private String target(TenantId tenantId, PlanItem item, Map<String, String> names) {
        if (item.target() instanceof PlanTarget.ReachLevel r) {
            return frameworks.findCompetency(tenantId, new CompetencyId(r.competencyId())).map(Competency::label)
                    .orElse(r.competencyId()) + ", level " + r.level();
        }
        String certification = ((PlanTarget.EarnCertification) item.target()).certificationId();
        return "Certification: " + names.getOrDefault(certification, certification);
    }
}
