package io.proficio.domain.person;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's name replaced by the source that is the truth for names: the LMS, on a launch or in its
 * roster (OpenID Connect's {@code name}, or {@code given_name} and {@code family_name}; LTI Core §5.3.6,
 * NRPS 2.0 §2.2). Kept so a rename can be traced: which name it replaced, from where, when.
 *
 * @see Person#rename
 */
@Entity
@Table(name = "person_name_change")
public class PersonNameChange {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "old_name")
    private String oldName;
    @Column(name = "new_name")
    private String newName;
    private String source;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected PersonNameChange() {
    }

    PersonNameChange(TenantId tenantId, PersonId personId, String oldName, String newName, String source, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.personId = personId.value();
        this.oldName = Objects.requireNonNull(oldName, "oldName");
        this.newName = Objects.requireNonNull(newName, "newName");
        this.source = Objects.requireNonNull(source, "source");
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public String oldName() {
        return oldName;
    }

    public String newName() {
        return newName;
    }

    /** Where the name came from: {@code lti-launch:<issuer>} or {@code nrps:<issuer>}. */
    public String source() {
        return source;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
