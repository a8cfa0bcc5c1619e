package io.proficio.interfaces.api;

import io.proficio.application.tenant.TenantService;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.tenant.Caller;
import io.proficio.domain.tenant.TokenScope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Authenticates every API request by its bearer token (RFC 6750) and checks the token's scopes
 * against the method's {@link Allowed}. Failures become Problem Details through {@link ProblemMapper}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    @Inject
    TenantService tenants;
    @Inject
    CurrentCaller currentCaller;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Public.class)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ProficioException(ErrorCode.UNAUTHENTICATED,
                    "Send an API token as 'Authorization: Bearer <token>'.");
        }
        Caller caller = tenants.authenticate(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> new ProficioException(ErrorCode.UNAUTHENTICATED,
                        "The bearer token is unknown or has been revoked."));
        currentCaller.set(caller);
        caller.requireAny(allowedScopes());
    }

    private EnumSet<TokenScope> allowedScopes() {
        Allowed allowed = Optional.ofNullable(resource.getResourceMethod().getAnnotation(Allowed.class))
                .orElse(resource.getResourceClass().getAnnotation(Allowed.class));
        EnumSet<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        if (allowed != null) {
            scopes.addAll(Arrays.asList(allowed.value()));
        }
        return scopes;
    }
}
