package io.proficio.domain.lti;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * An LMS registered as an LTI 1.3 platform for one tenant (LTI Core §3.1.3, Security Framework §5.1.1):
 * where the tool sends the OIDC authentication request, where it gets access tokens, where the
 * platform publishes the keys its id_tokens are signed with. Keyed by issuer and client_id: Canvas
 * uses one issuer for every customer.
 */
@Entity
@Table(name = "lti_platform")
public class Platform {

    /** How the registration was made. */
    public enum Origin { API, DYNAMIC }

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String issuer;
    @Column(name = "client_id")
    private String clientId;
    private String name;
    @Column(name = "auth_login_url")
    private String authLoginUrl;
    @Column(name = "token_url")
    private String tokenUrl;
    @Column(name = "jwks_url")
    private String jwksUrl;
    @Column(name = "accept_new_deployments")
    private boolean acceptNewDeployments;
    @Column(name = "product_family")
    private String productFamily;
    @Column(name = "registered_via")
    private String registeredVia;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Platform() {
    }

    public Platform(PlatformId id, TenantId tenantId, PlatformSpec spec, Origin origin, Instant now) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.registeredVia = origin.name().toLowerCase(java.util.Locale.ROOT);
        this.createdAt = now;
        change(spec, now);
    }

    /** Takes every setting of {@code spec}; the issuer and client_id too (a re-registration may fix them). */
    public void change(PlatformSpec spec, Instant now) {
        this.issuer = spec.issuer();
        this.clientId = spec.clientId();
        this.name = spec.name();
        this.authLoginUrl = spec.authLoginUrl();
        this.tokenUrl = spec.tokenUrl();
        this.jwksUrl = spec.jwksUrl();
        this.acceptNewDeployments = spec.acceptNewDeployments();
        this.productFamily = spec.productFamily();
        this.updatedAt = now;
    }

    public PlatformId id() {
        return new PlatformId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public String authLoginUrl() {
        return authLoginUrl;
    }

    public String tokenUrl() {
        return tokenUrl;
    }

    public String jwksUrl() {
        return jwksUrl;
    }

    public boolean acceptsNewDeployments() {
        return acceptNewDeployments;
    }

    public Optional<String> productFamily() {
        return Optional.ofNullable(productFamily);
    }

    public String registeredVia() {
        return registeredVia;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
