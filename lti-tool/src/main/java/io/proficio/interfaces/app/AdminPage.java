package io.proficio.interfaces.app;

import io.proficio.application.framework.FrameworkService;
import io.proficio.application.framework.ScaleService;
import io.proficio.application.keys.ToolKeyService;
import io.proficio.application.lti.PlatformService;
import io.proficio.application.proficiency.RoleProfileService;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.ScaleLevel;
import io.proficio.domain.role.RoleProfileSpec;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant administrator's page: competency frameworks (import a CASE package) and their scales,
 * role profiles with their stages (a new one typed a stage a line), LMS platforms and their
 * deployments (and a Dynamic Registration link for a new one), and the tool's keys. What else an admin
 * does is in the API, which this page names.
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
    @Inject
    ScaleService scales;

    static final int CODES = 2_000;
    static final Map<String, String> NOTICES = Map.of("imported", "The framework was imported.",
            "scale", "The scale was saved.", "role", "The role profile was created.");

    @GET
    public Response show(@QueryParam("session") String token, @QueryParam("notice") String notice) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.ADMIN);
            models.put("frameworks", frameworks.list(session.tenantId()));
            models.put("roles", roles.list(session.tenantId()));
            models.put("platforms", platforms.list(session.tenantId()));
            models.put("keys", keys.list());
            models.put("scales", frameworks.list(session.tenantId()).stream()
                    .map(f -> scales.get(session.tenantId(), f.framework().id())).toList());
            models.put("notice", NOTICES.get(notice == null ? "" : notice));
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
    @Path("scale")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response defineScale(@FormParam("session") String token, @FormParam("frameworkId") String frameworkId,
                                @FormParam("label") List<String> labels, @FormParam("descriptor") List<String> descriptors,
                                @FormParam("proficientLevel") Integer proficientLevel) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.ADMIN);
            List<ScaleLevel> levels = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (!labels.get(i).isBlank()) {
                    String descriptor = i < descriptors.size() ? descriptors.get(i).strip() : "";
                    levels.add(new ScaleLevel(levels.size() + 1, labels.get(i).strip(), descriptor));
                }
            }
            scales.define(session.tenantId(), new FrameworkId(frameworkId), levels,
                    proficientLevel == null ? 0 : proficientLevel);
            return Pages.back("admin", token, "scale");
        });
    }

    @POST
    @Path("roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createRole(@FormParam("session") String token, @FormParam("name") String name,
                               @FormParam("description") String description, @FormParam("stages") String stages) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.ADMIN);
            Map<String, String> byCode = new HashMap<>();
            frameworks.search(session.tenantId(), "", null, CODES).stream().filter(c -> c.humanCodingScheme() != null)
                    .forEach(c -> byCode.putIfAbsent(c.humanCodingScheme(), c.id().value()));
            roles.create(session.tenantId(), new RoleProfileSpec(name, description == null || description.isBlank()
                    ? null : description.strip(), StageLines.parse(stages, byCode)));
            return Pages.back("admin", token, "role");
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
