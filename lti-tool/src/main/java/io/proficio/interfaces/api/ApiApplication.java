package io.proficio.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.server.ResourceConfig;

/** The Proficio REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Proficio API", version = "1",
                description = "Competency frameworks (1EdTech CASE), scales, role profiles and content alignments."
                        + " Every call needs `Authorization: Bearer <token>`; errors are RFC 9457 Problem Details."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of the tenant (admin, integration) or the bootstrap token (operator).")
public class ApiApplication extends ResourceConfig {

    public ApiApplication() {
        // Only this package: the bearer-token filter and the Problem Details mapper are the API's alone.
        packages(false, ApiApplication.class.getPackageName());
    }
}
