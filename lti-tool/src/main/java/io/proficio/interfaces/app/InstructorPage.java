package io.proficio.interfaces.app;

import io.proficio.application.framework.AlignmentService;
import io.proficio.application.framework.FrameworkService;
import io.proficio.application.lti.ags.GradebookService;
import io.proficio.application.lti.nrps.RosterSyncService;
import io.proficio.application.profile.SkillsMatrixService;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.lti.GradebookPublication;
import io.proficio.lti.launch.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instructor's course page: tag the course, its activities (LTI resource links) and xAPI activity
 * IRIs with competencies and levels; the class skills matrix as a heat map; sync the roster from the
 * platform (NRPS) when the launch offered it; publish the class's levels in a competency to the
 * platform's gradebook (AGS), with the outcome of the latest publications (who was graded, whom the
 * platform refused).
 */
@Path("instructor")
@Controller
@RequestScoped
public class InstructorPage {

    static final int TAGGABLE_COMPETENCIES = 500;
    static final int PUBLICATIONS_SHOWN = 5;

    @Inject
    Pages pages;
    @Inject
    Models models;
    @Inject
    AlignmentService alignments;
    @Inject
    FrameworkService frameworks;
    @Inject
    SkillsMatrixService matrices;
    @Inject
    RosterSyncService rosters;
    @Inject
    GradebookService gradebook;

    /** A tag of the course with its competency's label. */
    public record CourseTag(Alignment alignment, String competency) {
    }

    @GET
    public Response show(@QueryParam("session") String token, @QueryParam("notice") String notice) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.INSTRUCTOR, AppRole.ADMIN);
            PageSession.Course course = courseOf(session);
            var competencies = frameworks.search(session.tenantId(), "", null, TAGGABLE_COMPETENCIES);
            Map<String, String> labels = competencies.stream().collect(Collectors.toMap(c -> c.id().value(),
                    c -> (c.humanCodingScheme() == null ? "" : c.humanCodingScheme() + " ") + c.fullStatement(), (a, b) -> a));
            models.put("competencies", competencies);
            models.put("competencyLabels", labels);
            models.put("tags", alignments.taggedIn(session.tenantId(), course.ref()).stream()
                    .map(a -> new CourseTag(a, labels.getOrDefault(a.competencyId().value(), a.competencyId().value())))
                    .toList());
            models.put("matrix", matrices.matrix(session.tenantId(), new SkillsMatrixService.Rows(null, course.ref(), null), null));
            models.put("canSyncRoster", session.nrpsUrl().isPresent());
            models.put("canPublish", session.lineItemsUrl().isPresent());
            List<GradebookPublication> published = gradebook.latest(session.tenantId(), course.ref(), PUBLICATIONS_SHOWN);
            models.put("publications", published);
            models.put("notice", "published".equals(notice) && !published.isEmpty()
                    ? "The levels were published to the gradebook: " + published.get(0).summary()
                    : notices().get(notice == null ? "" : notice));
            return "instructor.jsp";
        });
    }

    @POST
    @Path("tags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response tag(@FormParam("session") String token, @FormParam("contentType") String contentType,
                        @FormParam("contentRef") String contentRef, @FormParam("competencyId") String competencyId,
                        @FormParam("level") Integer level) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.INSTRUCTOR, AppRole.ADMIN);
            String course = courseOf(session).ref();
            String ref = "course".equals(contentType) ? course : contentRef;
            alignments.tagInCourse(session.tenantId(), new AlignmentService.Tag(competencyId, contentType, ref, level), course);
            return Pages.back("instructor", token, "tagged");
        });
    }

    @POST
    @Path("roster")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response syncRoster(@FormParam("session") String token) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.INSTRUCTOR, AppRole.ADMIN);
            String course = courseOf(session).ref();
            URI memberships = URI.create(session.nrpsUrl().orElseThrow(() -> ProficioException.invalid("/nrps",
                    "The platform did not offer this course's roster (Names and Role Provisioning Services).")));
            Function<List<String>, List<String>> roles = AppRole::courseRoles;
            rosters.sync(session.tenantId(), session.platformId(), course, memberships, roles);
            return Pages.back("instructor", token, "synced");
        });
    }

    @POST
    @Path("gradebook")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@FormParam("session") String token, @FormParam("competencyId") String competencyId) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.INSTRUCTOR, AppRole.ADMIN);
            String course = courseOf(session).ref();
            URI lineItems = URI.create(session.lineItemsUrl().orElseThrow(() -> ProficioException.invalid("/ags",
                    "The platform did not offer this course's gradebook (Assignment and Grade Services).")));
            if (competencyId == null || competencyId.isBlank()) {
                throw ProficioException.invalid("/competencyId", "Choose the competency to publish.");
            }
            gradebook.publish(session.tenantId(), session.platformId(), course, lineItems, new CompetencyId(competencyId));
            return Pages.back("instructor", token, "published");
        });
    }

    private static PageSession.Course courseOf(PageSession session) {
        return session.course().orElseThrow(() -> ProficioException.invalid("/context",
                "This launch did not come from a course; open Proficio from a course to tag its content."));
    }

    private static Map<String, String> notices() {
        return Map.of("tagged", "The content was tagged.", "synced", "The roster was synced from the platform.",
                "published", "The levels were published to the gradebook.");
    }
}
