package io.proficio.interfaces.app;

import io.proficio.application.evidence.EvidenceService;
import io.proficio.application.profile.ProfileService;
import io.proficio.domain.framework.CompetencyId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The learner's own pages: the profile (levels, gaps to their role stage and the next, recommended
 * content, self-rating) and one competency in focus.
 */
@Path("learner")
@Controller
@RequestScoped
public class LearnerPage {

    @Inject
    Pages pages;
    @Inject
    Models models;
    @Inject
    ProfileService profiles;
    @Inject
    EvidenceService evidence;

    @GET
    public Response show(@QueryParam("session") String token, @QueryParam("notice") String notice) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token);
            models.put("profile", profiles.of(session.tenantId(), Pages.person(session)));
            models.put("notice", "rated".equals(notice) ? "Your self-rating was recorded." : null);
            return "learner.jsp";
        });
    }

    /** One competency: the page a deep-linked "Progress in …" activity opens ({@link Landing#COMPETENCY_PARAMETER}). */
    @GET
    @Path("competencies/{competencyId}")
    public Response competency(@QueryParam("session") String token, @PathParam("competencyId") String competencyId) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token);
            models.put("focus", profiles.focus(session.tenantId(), Pages.person(session), new CompetencyId(competencyId)));
            return "competency.jsp";
        });
    }

    @POST
    @Path("self-rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@FormParam("session") String token, @FormParam("competencyId") String competencyId,
                         @FormParam("level") Integer level) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token);
            evidence.rateSelf(session.tenantId(), Pages.person(session), competencyId, level,
                    "lti:" + session.platformId().value());
            return Pages.back("learner", token, "rated");
        });
    }
}
