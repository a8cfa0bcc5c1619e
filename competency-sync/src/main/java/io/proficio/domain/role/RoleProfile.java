package io.proficio.domain.role;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A role (e.g. Commercial Underwriter) with ordered stages. Redefining a role keeps the ids of the
 * stages that remain at the same position, so people placed at a stage stay there.
 */
@Entity
@Table(name = "role_profile")
public class RoleProfile {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String name;
    private String description;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "role", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<RoleStage> stages = new ArrayList<>();

    protected RoleProfile() {
    }

    public RoleProfile(RoleId id, TenantId tenantId, Instant createdAt) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.createdAt = createdAt;
    }

    /** Takes the spec as the role's state; the spec must have passed {@link RoleProfileRules}. */
    public void define(RoleProfileSpec spec, Instant at) {
        name = spec.name().strip();
        description = spec.description();
        List<StageSpec> specs = spec.stages();
        while (stages.size() > specs.size()) {
            stages.remove(stages.size() - 1);
        }
        for (int i = 0; i < specs.size(); i++) {
            if (i == stages.size()) {
                stages.add(new RoleStage(this, tenantId, i + 1));
            }
            stages.get(i).define(specs.get(i));
        }
        updatedAt = at;
    }

    public RoleId id() {
        return new RoleId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<RoleStage> stages() {
        return List.copyOf(stages);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
