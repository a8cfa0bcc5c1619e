package io.proficio.domain.person;

import io.proficio.domain.role.RoleId;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A person of a tenant: a learner, a manager, anyone evidence is about. Holds a role profile and
 * the stage (1-based position) the person is at, and optionally a manager, another person of the
 * tenant. Identifiers live in {@link IdentifierLink}s.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String name;
    @Enumerated(EnumType.STRING)
    private PersonStatus status;
    @Column(name = "manager_id")
    private String managerId;
    @Column(name = "role_id")
    private String roleId;
    @Column(name = "stage_position")
    private Integer stagePosition;
    @Column(name = "merged_into")
    private String mergedInto;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Person() {
    }

    public Person(PersonId id, TenantId tenantId, String name, PersonStatus status, Instant at) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.name = name;
        this.status = status;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /**
     * @param managerId may be null for none
     * @param roleId    may be null for none
     * @param stage     the 1-based stage position in the role, may be null
     */
    public void place(String name, PersonId managerId, RoleId roleId, Integer stage, Instant at) {
        this.name = name;
        this.managerId = managerId == null ? null : managerId.value();
        this.roleId = roleId == null ? null : roleId.value();
        this.stagePosition = stage;
        if (status == PersonStatus.PENDING) {
            status = PersonStatus.ACTIVE;
        }
        this.updatedAt = at;
    }

    /**
     * The person's name as the source that is the truth for names (the LMS) gives it.
     *
     * @return the change, or empty when the name was already this one
     */
    public Optional<PersonNameChange> rename(String newName, String source, Instant at) {
        if (newName == null || newName.isBlank() || newName.equals(name)) {
            return Optional.empty();
        }
        PersonNameChange change = new PersonNameChange(tenantId(), id(), name, newName, source, at);
        this.name = newName;
        this.updatedAt = at;
        return Optional.of(change);
    }

    /** Someone a trusted system (an LMS launch or roster) knows: a pending person becomes active. */
    public void confirm(Instant at) {
        if (status == PersonStatus.PENDING) {
            status = PersonStatus.ACTIVE;
            updatedAt = at;
        }
    }

    /** This person turned out to be {@code survivor}: kept as a pointer, never shown as a person again. */
    public void mergeInto(PersonId survivor, Instant at) {
        this.status = PersonStatus.MERGED;
        this.mergedInto = survivor.value();
        this.managerId = null;
        this.updatedAt = at;
    }

    /** A report of the merged person now reports to the survivor. */
    public void reportTo(PersonId manager, Instant at) {
        this.managerId = manager.value();
        this.updatedAt = at;
    }

    public PersonId id() {
        return new PersonId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String name() {
        return name;
    }

    public PersonStatus status() {
        return status;
    }

    public Optional<PersonId> managerId() {
        return Optional.ofNullable(managerId).map(PersonId::new);
    }

    public Optional<RoleId> roleId() {
        return Optional.ofNullable(roleId).map(RoleId::new);
    }

    public Optional<Integer> stage() {
        return Optional.ofNullable(stagePosition);
    }

    public Optional<PersonId> mergedInto() {
        return Optional.ofNullable(mergedInto).map(PersonId::new);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
