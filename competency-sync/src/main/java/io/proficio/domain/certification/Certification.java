package io.proficio.domain.certification;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A named credential of one tenant. Its requirements and validity live in numbered
 * {@link CertificationVersion}s; {@code currentVersion} is the one new awards are made on.
 */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String name;
    private String description;
    @Column(name = "current_version")
    private int currentVersion;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Certification() {
    }

    public Certification(CertificationId id, TenantId tenantId, String name, String description, Instant at) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.name = name;
        this.description = description;
        this.currentVersion = 1;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Renames it; the requirements are the version's business. */
    public void describe(String newName, String newDescription, Instant at) {
        name = newName;
        description = newDescription;
        updatedAt = at;
    }

    /** @return the number of the version that now applies */
    public int nextVersion(Instant at) {
        currentVersion++;
        updatedAt = at;
        return currentVersion;
    }

    public CertificationId id() {
        return new CertificationId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public int currentVersion() {
        return currentVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
