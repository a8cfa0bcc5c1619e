package io.proficio.application.tenant;

import io.proficio.domain.error.ProficioException;
import io.proficio.domain.tenant.ApiToken;
import io.proficio.domain.tenant.ApiTokenId;
import io.proficio.domain.tenant.Caller;
import io.proficio.domain.tenant.Tenant;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.tenant.TenantRepository;
import io.proficio.domain.tenant.TokenScope;
import io.proficio.domain.tenant.TokenSecret;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Tenants and their API tokens: creating, authenticating, listing and revoking. */
@Stateless
public class TenantService {

    /** The scopes a tenant's admin may grant through the API; {@code operator} is the bootstrap token's alone. */
    public static final Set<TokenScope> GRANTABLE = EnumSet.of(TokenScope.ADMIN, TokenScope.INTEGRATION);

    @Inject
    TenantRepository tenants;

    /**
     * Creates a tenant with a first token holding {@code scopes}.
     *
     * @param slug a unique short name, or null to derive one from the name
     */
    public NewTenant create(String name, String slug, Set<TokenScope> scopes) {
        if (name == null || name.isBlank()) {
            throw ProficioException.invalid("/name", "name is required.");
        }
        Tenant tenant = new Tenant(TenantId.generate(), name.strip(), uniqueSlug(slug == null ? name : slug), Instant.now());
        tenants.add(tenant);
        tenants.flush();
        return new NewTenant(tenant, issue(tenant.id(), "Initial admin token", scopes));
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "tenant" : base.substring(0, Math.min(base.length(), 80));
        String slug = base;
        for (int n = 2; tenants.slugExists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    public List<Tenant> list() {
        return tenants.all();
    }

    /**
     * Issues a token of the tenant. The scopes must be ones the caller may grant.
     */
    public IssuedToken issue(TenantId tenantId, String name, Set<TokenScope> scopes) {
        if (name == null || name.isBlank()) {
            throw ProficioException.invalid("/name", "name is required.");
        }
        if (scopes.isEmpty()) {
            throw ProficioException.invalid("/scopes", "A token needs at least one scope.");
        }
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(ApiTokenId.generate(), tenantId, name.strip(), secret.hash(),
                secret.displayPrefix(), scopes, Instant.now());
        tenants.add(token);
        return new IssuedToken(token, secret);
    }

    /** The caller a bearer token stands for; empty for an unknown or revoked token. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> authenticate(String bearer) {
        return tenants.findTokenByHash(new TokenSecret(bearer).hash())
                .filter(token -> !token.isRevoked())
                .map(token -> new Caller(token.tenantId(), token.id(), token.scopes()));
    }

    public List<ApiToken> tokens(TenantId tenantId) {
        return tenants.tokens(tenantId);
    }

    public ApiToken token(TenantId tenantId, ApiTokenId id) {
        return tenants.findToken(tenantId, id).orElseThrow(() -> ProficioException.notFound("Token", id));
    }

    public void revoke(TenantId tenantId, ApiTokenId id) {
        token(tenantId, id).revoke(Instant.now());
    }
}
