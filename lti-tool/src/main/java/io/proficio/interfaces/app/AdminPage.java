package io.proficio.interfaces.app;

import io.proficio.application.FrameworkService;
import io.proficio.application.PlatformService;
import io.proficio.application.RoleProfileService;
import io.proficio.application.ToolKeyService;
import io.proficio.infrastructure.config.ProficioSettings;
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
import jakarta.ws.rs.core.UriBuilder;

/**
 * The tenant administrator's page: competency frameworks (import a CASE package), role profiles with
 * their stages, LMS platforms and their deployments (and a Dynamic Registration link for a new one),
 * and the tool's keys. Everything else an admin does is in the API, which this page names.
 */
@Path("admin")
@Controller
@RequestScoped
public class AdminPage {

    @Inject
    Pages pages;
    @Inject
    Models models;
    @Inject
    FrameworkService frameworks;
    @Inject
    RoleProfileService roles;
    @Inject
    PlatformService platforms;
    @Inject
    ToolKeyService keys;

    @GET
    public Response show(@QueryParam("session") String token, @QueryParam("notice") String notice) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.ADMIN);
            models.put("frameworks", frameworks.list(session.tenantId()));
            models.put("roles", roles.list(session.tenantId()));
            models.put("platforms", platforms.list(session.tenantId()));
            models.put("keys", keys.list());
            models.put("notice", "imported".equals(notice) ? "The framework was imported." : null);
            return "admin.jsp";
        });
    }

    @POST
    @Path("frameworks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importFramework(@FormParam("session") String token, @FormParam("package") String casePackage) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.ADMIN);
            frameworks.importPackage(session.tenantId(), casePackage == null ? "" : casePackage);
            return Pages.back("admin", token, "imported");
        });
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@FormParam("session") String token) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.ADMIN);
            PlatformService.Invitation invitation = platforms.invite(session.tenantId());
            models.put("registrationUrl", UriBuilder.fromUri(ProficioSettings.current().baseUrl()).path("lti/register")
                    .queryParam("invite", invitation.secret().value()).build().toString());
            models.put("expiresAt", invitation.expiresAt());
            return "admin-invitation.jsp";
        });
    }
}
