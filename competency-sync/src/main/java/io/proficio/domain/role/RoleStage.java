package io.proficio.domain.role;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One stage (performance milestone) of a role profile, at a position counted from 1. */
@Entity
@Table(name = "role_stage")
public class RoleStage {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @ManyToOne
    @JoinColumn(name = "role_id")
    private RoleProfile role;
    private int position;
    private String name;
    private String description;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_stage_dimension", joinColumns = @JoinColumn(name = "stage_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "stage_value")
    private Map<String, String> dimensions = new LinkedHashMap<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_stage_requirement", joinColumns = @JoinColumn(name = "stage_id"))
    private List<StageRequirement> requirements = new ArrayList<>();

    protected RoleStage() {
    }

    RoleStage(RoleProfile role, String tenantId, int position) {
        this.id = UUID.randomUUID().toString();
        this.role = role;
        this.tenantId = tenantId;
        this.position = position;
    }

    void define(StageSpec spec) {
        name = spec.name().strip();
        description = spec.description();
        dimensions.clear();
        dimensions.putAll(spec.dimensions());
        requirements.clear();
        spec.requirements().forEach(requirement -> requirements.add(new StageRequirement(requirement)));
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Map<String, String> dimensions() {
        return Map.copyOf(dimensions);
    }

    public List<StageRequirement> requirements() {
        return List.copyOf(requirements);
    }
}
