package io.proficio.application.lti.ags;

import io.proficio.application.framework.FrameworkService;
import io.proficio.application.framework.ScaleService;
import io.proficio.application.lti.CourseService;
import io.proficio.application.lti.LtiServices;
import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.course.CourseMember;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.lti.GradebookPublication;
import io.proficio.domain.lti.GradebookPublicationRepository;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.ScoreOutcome;
import io.proficio.domain.person.Person;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.lti.LtiServiceException;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ags.LineItem;
import io.proficio.infrastructure.lti.ags.NewLineItem;
import io.proficio.infrastructure.lti.ags.Score;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Publishes a course's levels in one competency to the LMS gradebook through LTI Assignment and Grade
 * Services 2.0: one line item per competency (found again by its {@code resourceId}, so publishing
 * twice reuses it, as it does the column a deep-linked "Progress" item of the competency created), and for each learner of the course whose platform user id is known a score of
 * their level out of the scale's top level (AGS §3.4: {@code activityProgress} Completed once the
 * level is proficient, else InProgress; {@code gradingProgress} FullyGraded; a learner without a level
 * scores 0).
 *
 * <p>Only learners get a score: platforms keep grades for students alone, and refuse the others (Moodle
 * answers 400 "Incorrect score received" for a teacher or an admin, Canvas 422 "is not a student"). A
 * refusal of one learner's score is recorded and the next learner's is sent; a failure that would fail
 * every score (the platform unreachable, its token or permission refused) stops the publication. Either
 * way the {@link GradebookPublication}, with every member's outcome so far, is kept in the log.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GradebookService {

    static final String TAG = "proficio-competency";
    static final String LEARNER = "learner";
    private static final Logger LOG = Logger.getLogger(GradebookService.class.getName());

    @Inject
    LtiServices services;
    @Inject
    LtiRepository lti;
    @Inject
    CourseService courses;
    @Inject
    PersonDirectory people;
    @Inject
    FrameworkService frameworks;
    @Inject
    ScaleService scales;
    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    GradebookPublicationRepository publications;
    @Resource
    SessionContext context;

    /**
     * @return the publication with every member's outcome
     * @throws LtiServiceException when the platform stopped the publication (it is logged all the same)
     */
    public GradebookPublication publish(TenantId tenantId, PlatformId platformId, String courseRef, URI lineItemsUrl,
                                        CompetencyId competencyId) {
        Platform platform = lti.platform(tenantId, platformId)
                .orElseThrow(() -> ProficioException.notFound("Platform", platformId.value()));
        Competency competency = frameworks.competency(tenantId, competencyId);
        Scale scale = scales.get(tenantId, competency.frameworkId());
        PlatformCredentials credentials = services.credentials(platform);
        LineItem lineItem = services.ags().findByResourceIdOrCreate(credentials, lineItemsUrl,
                NewLineItem.of(competency.label(), scale.highestLevel()).withResourceId(competencyId.value()).withTag(TAG));
        List<CourseMember> members = courses.roster(tenantId, courseRef);
        Map<String, Person> persons = people.findAll(tenantId, members.stream().map(m -> m.personId().value()).toList());
        Map<String, Integer> levels = new HashMap<>();
        proficiencies.of(tenantId, members.stream().map(m -> m.personId().value()).toList()).stream()
                .filter(p -> p.competencyId().equals(competencyId))
                .forEach(p -> levels.put(p.personId().value(), p.level()));

        Instant now = Instant.now();
        GradebookPublication publication = new GradebookPublication(tenantId, platformId, courseRef, competencyId.value(),
                lineItem.id().toString(), now);
        try {
            for (CourseMember member : members) {
                String personId = member.personId().value();
                String name = Optional.ofNullable(persons.get(personId)).map(Person::name).orElse(personId);
                publication.add(scoreOf(tenantId, credentials, lineItem, member, name, levels.getOrDefault(personId, 0),
                        scale, platform.issuer(), now));
            }
        } catch (LtiServiceException stopped) {
            publication.stoppedBy(stopped.getMessage());
            context.getBusinessObject(GradebookService.class).record(publication);
            throw stopped;
        }
        context.getBusinessObject(GradebookService.class).record(publication);
        LOG.info(() -> "Gradebook: " + courseRef + ", competency " + competencyId.value() + ": " + publication.summary());
        return publication;
    }

    /** Keeps a publication in the log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(GradebookPublication publication) {
        publications.add(publication);
    }

    /** The latest publications of a course, newest first. */
    public List<GradebookPublication> latest(TenantId tenantId, String courseRef, int limit) {
        return publications.latest(tenantId, courseRef, limit);
    }

    public GradebookPublication get(TenantId tenantId, String id) {
        return publications.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Gradebook publication", id));
    }

    /**
     * A learner as the roster names one: Proficio's role {@code learner} (launches and NRPS rosters), an LIS
     * role URI ending in {@code #Learner}, or no role at all (LTI Core §A.2: no known role is the least
     * privilege, a learner).
     */
    static boolean isLearner(List<String> roles) {
        return roles.isEmpty() || roles.stream().anyMatch(role -> role.equalsIgnoreCase(LEARNER) || role.endsWith("#Learner"));
    }

    private ScoreOutcome scoreOf(TenantId tenantId, PlatformCredentials credentials, LineItem lineItem,
                                 CourseMember member, String name, int level, Scale scale, String issuer, Instant now) {
        String personId = member.personId().value();
        if (!isLearner(member.roles())) {
            return ScoreOutcome.skipped(personId, name, "not a learner in the course");
        }
        Optional<String> userId = people.platformUserId(tenantId, member.personId(), issuer);
        if (userId.isEmpty()) {
            return ScoreOutcome.skipped(personId, name, "no user on the platform");
        }
        Score score = new Score(userId.get(), (double) level, (double) scale.highestLevel(),
                level >= scale.proficientLevel() ? Score.ActivityProgress.COMPLETED : Score.ActivityProgress.IN_PROGRESS,
                Score.GradingProgress.FULLY_GRADED, now, Optional.empty());
        try {
            services.ags().postScore(credentials, lineItem.id(), score);
            return ScoreOutcome.published(personId, name, userId.get());
        } catch (LtiServiceException refused) {
            if (!refused.refusesOnlyThisRequest()) {
                throw refused;
            }
            LOG.warning(() -> "Gradebook: the platform refused the score of " + personId + ": " + refused.getMessage());
            return ScoreOutcome.refused(personId, name, userId.get(), refused.status().getAsInt(), refused.answer());
        }
    }
}
