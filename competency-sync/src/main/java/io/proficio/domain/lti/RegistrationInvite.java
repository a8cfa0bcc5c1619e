package io.proficio.domain.lti;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An invitation to register one platform for a tenant by LTI Dynamic Registration 1.0 (§3.1: the
 * tool's registration URL, which the LMS opens with its openid_configuration and registration_token).
 * Only the SHA-256 of its secret is kept; it is used once and expires.
 */
@Entity
@Table(name = "lti_registration_invite")
public class RegistrationInvite {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "platform_id")
    private String platformId;

    protected RegistrationInvite() {
    }

    public RegistrationInvite(String id, TenantId tenantId, String secretHash, Instant now, Instant expiresAt) {
        this.id = id;
        this.tenantId = tenantId.value();
        this.secretHash = secretHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void usedFor(PlatformId platform, Instant now) {
        this.usedAt = now;
        this.platformId = platform.value();
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
