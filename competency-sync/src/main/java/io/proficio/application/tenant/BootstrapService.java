package io.proficio.application.tenant;

import io.proficio.application.framework.FrameworkService;
import io.proficio.domain.tenant.TokenScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;

/**
 * First start: the default tenant with its bootstrap token (scopes {@code admin} and
 * {@code operator}) and, unless switched off, the demo framework. Does nothing once the default
 * tenant exists.
 */
@Stateless
public class BootstrapService {

    public static final String DEFAULT_TENANT = "default";
    static final String DEMO_FRAMEWORK = "/demo/underwriter.case.json";

    @Inject
    TenantService tenants;
    @Inject
    FrameworkService frameworks;

    /** @return the bootstrap token when this call created the default tenant, empty otherwise */
    public Optional<IssuedToken> bootstrap(boolean demoData) {
        if (tenants.findBySlug(DEFAULT_TENANT).isPresent()) {
            return Optional.empty();
        }
        NewTenant created = tenants.create("Default", DEFAULT_TENANT, EnumSet.of(TokenScope.ADMIN, TokenScope.OPERATOR));
        if (demoData) {
            frameworks.importPackage(created.tenant().id(), demoFramework());
        }
        return Optional.of(created.adminToken());
    }

    private static String demoFramework() {
        try (InputStream in = BootstrapService.class.getResourceAsStream(DEMO_FRAMEWORK)) {
            if (in == null) {
                throw new IllegalStateException("The demo framework " + DEMO_FRAMEWORK + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
