package io.proficio.domain.lti;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A deployment of the tool in a platform (LTI Core §3.1.3): registered in advance, or accepted at its
 * first launch when the platform's policy allows (course copies in Canvas create new ones).
 */
@Entity
@Table(name = "lti_deployment")
@IdClass(Deployment.Key.class)
public class Deployment {

    /** How the deployment became known. */
    public enum Origin { REGISTERED, ACCEPTED }

    /** The primary key: platform and deployment id. */
    public static class Key implements Serializable {
        private String platformId;
        private String deploymentId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(platformId, key.platformId)
                    && Objects.equals(deploymentId, key.deploymentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(platformId, deploymentId);
        }
    }

    @Id
    @Column(name = "platform_id")
    private String platformId;
    @Id
    @Column(name = "deployment_id")
    private String deploymentId;
    @Column(name = "tenant_id")
    private String tenantId;
    private String origin;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Deployment() {
    }

    public Deployment(Platform platform, String deploymentId, Origin origin, Instant now) {
        this.platformId = platform.id().value();
        this.tenantId = platform.tenantId().value();
        this.deploymentId = deploymentId;
        this.origin = origin.name().toLowerCase(java.util.Locale.ROOT);
        this.createdAt = now;
    }

    public PlatformId platformId() {
        return new PlatformId(platformId);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String origin() {
        return origin;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
