package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * A sender of xAPI statements to one tenant (an LRS forwarding statements, a content package, a cmi5
 * player): HTTP Basic credentials for {@code /xapi/} (xAPI 1.0.3 Communication §4.1), the key public,
 * the secret kept as its SHA-256 only. Revoking keeps the row, as statements name their source.
 */
@Entity
@Table(name = "xapi_source")
public class XapiSource {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String name;
    @Column(name = "api_key")
    private String apiKey;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "default_version")
    private String defaultVersion;

    protected XapiSource() {
    }

    public XapiSource(String id, TenantId tenantId, String name, String apiKey, String secretHash, Instant at) {
        this.id = id;
        this.tenantId = tenantId.value();
        this.name = name;
        this.apiKey = apiKey;
        this.secretHash = secretHash;
        this.createdAt = at;
    }

    /**
     * Sets the xAPI version ({@code 1.0.3} or {@code 2.0.0}, checked by the caller) Proficio names in
     * answers to this source's requests that do not say theirs.
     */
    public void speaksByDefault(String version) {
        this.defaultVersion = version;
    }

    /** The version set by {@link #speaksByDefault}; empty for the latest Proficio serves. */
    public Optional<String> defaultVersion() {
        return Optional.ofNullable(defaultVersion);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Whether {@code secretHash} is this source's and the source is not revoked. */
    public boolean accepts(String secretHash) {
        return revokedAt == null && MessageDigest.isEqual(this.secretHash.getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String name() {
        return name;
    }

    public String apiKey() {
        return apiKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
