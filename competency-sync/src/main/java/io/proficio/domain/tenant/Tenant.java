package io.proficio.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation using Proficio. The root of isolation: nothing is shared between tenants. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String id;
    private String name;
    private String slug;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Tenant() {
    }

    public Tenant(TenantId id, String name, String slug, Instant createdAt) {
        this.id = id.value();
        this.name = name;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public TenantId id() {
        return new TenantId(id);
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
