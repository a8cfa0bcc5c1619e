package io.proficio.interfaces.api;

import io.proficio.application.lti.PlatformService;
import io.proficio.domain.lti.Deployment;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformSpec;
import io.proficio.domain.tenant.TokenScope;
import io.proficio.infrastructure.config.ProficioSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's LTI 1.3 platform registrations (Moodle sites, Canvas instances, …) and their
 * deployments. Registrations made by LTI Dynamic Registration appear here too.
 */
@Path("platforms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class PlatformResource {

    /** A registration as given; {@code acceptNewDeployments} defaults to false. */
    public record PlatformRequest(String issuer, String clientId, String name, String authLoginUrl, String tokenUrl,
                                  String jwksUrl, List<String> deploymentIds, Boolean acceptNewDeployments,
                                  String productFamily) {
        PlatformSpec toSpec() {
            return new PlatformSpec(issuer, clientId, name, authLoginUrl, tokenUrl, jwksUrl, deploymentIds,
                    Boolean.TRUE.equals(acceptNewDeployments), productFamily);
        }
    }

    /** A deployment and how it became known: {@code registered}, or {@code accepted} at its first launch. */
    public record DeploymentJson(String deploymentId, String origin, Instant since) {
        static DeploymentJson of(Deployment deployment) {
            return new DeploymentJson(deployment.deploymentId(), deployment.origin(), deployment.createdAt());
        }
    }

    public record PlatformJson(String id, String issuer, String clientId, String name, String authLoginUrl,
                               String tokenUrl, String jwksUrl, List<String> deploymentIds,
                               List<DeploymentJson> deployments, boolean acceptNewDeployments, String productFamily,
                               String registeredVia, Instant createdAt, Instant updatedAt) {
        static PlatformJson of(PlatformService.Registered registered) {
            Platform p = registered.platform();
            return new PlatformJson(p.id().value(), p.issuer(), p.clientId(), p.name().orElse(null), p.authLoginUrl(),
                    p.tokenUrl(), p.jwksUrl(), registered.deployments().stream().map(Deployment::deploymentId).toList(),
                    registered.deployments().stream().map(DeploymentJson::of).toList(), p.acceptsNewDeployments(),
                    p.productFamily().orElse(null), p.registeredVia(), p.createdAt(), p.updatedAt());
        }
    }

    @Inject
    PlatformService platforms;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Register an LTI 1.3 platform (issuer + client_id) with its deployments")
    public Response register(PlatformRequest request) {
        PlatformService.Registered registered = platforms.register(caller.tenantId(), Bodies.require(request).toSpec(),
                Platform.Origin.API);
        return Response.created(uri.getAbsolutePathBuilder().path(registered.platform().id().value()).build())
                .entity(PlatformJson.of(registered)).build();
    }

    /** The URL an LMS administrator pastes into the LMS to register Proficio (shown once). */
    public record InvitationJson(String registrationUrl, Instant expiresAt) {
    }

    @POST
    @Path("invitations")
    @Operation(summary = "Make a single-use LTI Dynamic Registration URL for this tenant (valid 7 days)")
    public Response invite() {
        PlatformService.Invitation invitation = platforms.invite(caller.tenantId());
        String url = UriBuilder.fromUri(ProficioSettings.current().baseUrl()).path("lti/register")
                .queryParam("invite", invitation.secret().value()).build().toString();
        return Response.status(Response.Status.CREATED).entity(new InvitationJson(url, invitation.expiresAt())).build();
    }

    @GET
    @Operation(summary = "The tenant's platform registrations")
    public List<PlatformJson> list() {
        return platforms.list(caller.tenantId()).stream().map(PlatformJson::of).toList();
    }

    @GET
    @Path("{id}")
    public PlatformJson get(@PathParam("id") String id) {
        return PlatformJson.of(platforms.find(caller.tenantId(), new PlatformId(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a registration; its deployments become exactly deploymentIds")
    public PlatformJson update(@PathParam("id") String id, PlatformRequest request) {
        return PlatformJson.of(platforms.update(caller.tenantId(), new PlatformId(id), Bodies.require(request).toSpec()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        platforms.delete(caller.tenantId(), new PlatformId(id));
        return Response.noContent().build();
    }
}
