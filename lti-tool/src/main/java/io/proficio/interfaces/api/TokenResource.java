package io.proficio.interfaces.api;

import io.proficio.application.tenant.IssuedToken;
import io.proficio.application.tenant.TenantService;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.tenant.ApiToken;
import io.proficio.domain.tenant.ApiTokenId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tenant's API tokens: issue (the secret shown once), list, revoke. */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class TokenResource {

    public record TokenRequest(String name, List<String> scopes) {
    }

    public record IssuedTokenJson(String id, String name, String token, List<String> scopes, Instant createdAt) {
    }

    /** A token as lists show it: never the secret, only its first characters. */
    public record TokenJson(String id, String name, String prefix, List<String> scopes, Instant createdAt,
                            boolean revoked) {
        static TokenJson of(ApiToken token) {
            return new TokenJson(token.id().value(), token.name(), token.tokenPrefix(), scopeNames(token.scopes()),
                    token.createdAt(), token.isRevoked());
        }
    }

    @Inject
    TenantService tenants;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    public Response issue(TokenRequest request) {
        TokenRequest body = Bodies.require(request);
        IssuedToken issued = tenants.issue(caller.tenantId(), body.name(), grantableScopes(body.scopes()));
        ApiToken token = issued.token();
        return Response.created(uri.getAbsolutePathBuilder().path(token.id().value()).build())
                .entity(new IssuedTokenJson(token.id().value(), token.name(), issued.secret().value(),
                        scopeNames(token.scopes()), token.createdAt()))
                .build();
    }

    private static Set<TokenScope> grantableScopes(List<String> names) {
        Violations violations = new Violations();
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        List<String> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            Optional<TokenScope> scope = TokenScope.parse(given.get(i)).filter(TenantService.GRANTABLE::contains);
            if (scope.isEmpty()) {
                violations.add(ErrorCode.INVALID_REQUEST, "/scopes/" + i,
                        "Scope '" + given.get(i) + "' cannot be granted; use admin or integration.");
            }
            scope.ifPresent(scopes::add);
        }
        if (given.isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/scopes", "A token needs at least one scope: admin or integration.");
        }
        violations.throwIfAny("The token request is not valid");
        return scopes;
    }

    private static List<String> scopeNames(Set<TokenScope> scopes) {
        return scopes.stream().map(TokenScope::value).sorted().toList();
    }

    @GET
    public List<TokenJson> list() {
        return tenants.tokens(caller.tenantId()).stream().map(TokenJson::of).toList();
    }

    @GET
    @Path("{id}")
    public TokenJson get(@PathParam("id") String id) {
        return TokenJson.of(tenants.token(caller.tenantId(), new ApiTokenId(id)));
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        tenants.revoke(caller.tenantId(), new ApiTokenId(id));
        return Response.noContent().build();
    }
}
