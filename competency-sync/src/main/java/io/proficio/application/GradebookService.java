package io.proficio.application;

import io.proficio.domain.course.CourseMember;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.lti.LineItem;
import io.proficio.infrastructure.lti.NewLineItem;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.Score;
import io.proficio.infrastructure.persistence.LtiRepository;
import io.proficio.infrastructure.persistence.ProficiencyRepository;
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

/**
 * Publishes a course's levels in one competency to the LMS gradebook through LTI Assignment and Grade
 * Services 2.0: one line item per competency (found again by its {@code resourceId}, so publishing
 * twice reuses it), and for each member of the course whose platform user id is known a score of
 * their level out of the scale's top level (AGS §3.4: {@code activityProgress} Completed once the
 * level is proficient, else InProgress; {@code gradingProgress} FullyGraded; a member without a level
 * scores 0).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GradebookService {

    static final String TAG = "proficio-competency";

    @Inject
    LtiServices services;
    @Inject
    LtiRepository lti;
    @Inject
    CourseService courses;
    @Inject
    PersonService people;
    @Inject
    FrameworkService frameworks;
    @Inject
    ScaleService scales;
    @Inject
    ProficiencyRepository proficiencies;

    /** The line item used, and how many scores were posted. */
    public record Published(LineItem lineItem, int scores) {
    }

    public Published publish(TenantId tenantId, PlatformId platformId, String courseRef, URI lineItemsUrl,
                             CompetencyId competencyId) {
        Platform platform = lti.platform(tenantId, platformId)
                .orElseThrow(() -> ProficioException.notFound("Platform", platformId.value()));
        Competency competency = frameworks.competency(tenantId, competencyId);
        Scale scale = scales.get(tenantId, competency.frameworkId());
        PlatformCredentials credentials = services.credentials(platform);
        LineItem lineItem = services.ags().findOrCreate(credentials, lineItemsUrl,
                NewLineItem.of(competency.label(), scale.highestLevel()).withResourceId(competencyId.value()).withTag(TAG));
        Map<String, Integer> levels = new HashMap<>();
        List<CourseMember> members = courses.roster(tenantId, courseRef);
        proficiencies.of(tenantId, members.stream().map(m -> m.personId().value()).toList()).stream()
                .filter(p -> p.competencyId().equals(competencyId))
                .forEach(p -> levels.put(p.personId().value(), p.level()));
        int posted = 0;
        Instant now = Instant.now();
        for (CourseMember member : members) {
            Optional<String> userId = people.platformUserId(tenantId, member.personId(), platform.issuer());
            if (userId.isEmpty()) {
                continue;
            }
            int level = levels.getOrDefault(member.personId().value(), 0);
            services.ags().postScore(credentials, lineItem.id(), new Score(userId.get(), (double) level,
                    (double) scale.highestLevel(), level >= scale.proficientLevel()
                    ? Score.ActivityProgress.COMPLETED : Score.ActivityProgress.IN_PROGRESS,
                    Score.GradingProgress.FULLY_GRADED, now, Optional.empty()));
            posted++;
        }
        return new Published(lineItem, posted);
    }
}
