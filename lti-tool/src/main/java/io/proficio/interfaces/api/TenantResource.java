package io.proficio.interfaces.api;

import io.proficio.application.tenant.NewTenant;
import io.proficio.application.tenant.TenantService;
import io.proficio.domain.tenant.Tenant;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Tenants, for the operator (the bootstrap token). */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.OPERATOR)
public class TenantResource {

    public record TenantRequest(String name) {
    }

    /** A new tenant with its first admin token, shown only in this answer. */
    public record CreatedTenant(String id, String name, String slug, String token) {
    }

    public record TenantJson(String id, String name, String slug, Instant createdAt) {
        static TenantJson of(Tenant tenant) {
            return new TenantJson(tenant.id().value(), tenant.name(), tenant.slug(), tenant.createdAt());
        }
    }

    @Inject
    TenantService tenants;
    @Context
    UriInfo uri;

    @POST
    public Response create(TenantRequest request) {
        NewTenant created = tenants.create(Bodies.require(request).name(), null, EnumSet.of(TokenScope.ADMIN));
        Tenant tenant = created.tenant();
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.id().value()).build())
                .entity(new CreatedTenant(tenant.id().value(), tenant.name(), tenant.slug(),
                        created.adminToken().secret().value()))
                .build();
    }

    @GET
    public List<TenantJson> list() {
        return tenants.list().stream().map(TenantJson::of).toList();
    }
}
