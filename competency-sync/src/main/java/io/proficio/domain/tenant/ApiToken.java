package io.proficio.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bearer token of one tenant. Only the SHA-256 of the token is kept (tokens carry 256 bits of
 * randomness, so a fast hash is enough, as for GitHub's tokens), with its first characters to help
 * people tell their tokens apart. Revoking keeps the row for the audit trail.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "token_prefix")
    private String tokenPrefix;
    private String scopes;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(ApiTokenId id, TenantId tenantId, String name, String tokenHash, String tokenPrefix,
                    Set<TokenScope> scopes, Instant createdAt) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scopes = scopes.stream().map(TokenScope::value).sorted().collect(Collectors.joining(" "));
        this.createdAt = createdAt;
    }

    public ApiTokenId id() {
        return new ApiTokenId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Set<TokenScope> scopes() {
        Set<TokenScope> parsed = EnumSet.noneOf(TokenScope.class);
        Arrays.stream(scopes.split(" ")).map(TokenScope::parse).flatMap(java.util.Optional::stream).forEach(parsed::add);
        return parsed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
