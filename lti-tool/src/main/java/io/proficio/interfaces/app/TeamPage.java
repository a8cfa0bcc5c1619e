package io.proficio.interfaces.app;

import io.proficio.application.evidence.EvidenceService;
import io.proficio.application.framework.FrameworkService;
import io.proficio.application.profile.ProfileService;
import io.proficio.application.profile.SkillsMatrixService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.person.PersonId;
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

/** A manager's page: their team's skills matrix and plan items, and rating one of their reports. */
@Path("team")
@Controller
@RequestScoped
public class TeamPage {

    static final int RATABLE_COMPETENCIES = 500;

    @Inject
    Pages pages;
    @Inject
    Models models;
    @Inject
    SkillsMatrixService matrices;
    @Inject
    FrameworkService frameworks;
    @Inject
    EvidenceService evidence;
    @Inject
    ProfileService profiles;

    @GET
    public Response show(@QueryParam("session") String token, @QueryParam("notice") String notice) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.MANAGER);
            PersonId manager = Pages.person(session);
            models.put("matrix", matrices.matrix(session.tenantId(), new SkillsMatrixService.Rows(manager, null, null), null));
            models.put("competencies", frameworks.search(session.tenantId(), "", null, RATABLE_COMPETENCIES));
            models.put("plans", profiles.teamPlans(session.tenantId(), manager));
            models.put("notice", "rated".equals(notice) ? "Your rating was recorded." : null);
            return "team.jsp";
        });
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@FormParam("session") String token, @FormParam("personId") String personId,
                         @FormParam("competencyId") String competencyId, @FormParam("level") Integer level) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.MANAGER);
            if (personId == null || personId.isBlank()) {
                throw ProficioException.invalid("/personId", "Choose the person to rate.");
            }
            evidence.rateAsManager(session.tenantId(), Pages.person(session), new PersonId(personId), competencyId, level,
                    "lti:" + session.platformId().value());
            return Pages.back("team", token, "rated");
        });
    }
}
