package io.proficio.domain.person;

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
 * An identifier of the tenant that points at one person. Unique per tenant: one identifier never
 * names two people. A derived link (the SHA-1 twin of an email) follows its source.
 */
@Entity
@Table(name = "person_identifier")
@IdClass(IdentifierLink.Key.class)
public class IdentifierLink {

    /** The primary key: tenant and identifier text. */
    public static class Key implements Serializable {
        private String tenantId;
        private String identifier;

        public Key() {
        }

        public Key(String tenantId, String identifier) {
            this.tenantId = tenantId;
            this.identifier = identifier;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(identifier, key.identifier);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, identifier);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    private String identifier;
    @Column(name = "person_id")
    private String personId;
    private boolean derived;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdentifierLink() {
    }

    public IdentifierLink(TenantId tenantId, PersonIdentifier identifier, PersonId personId, boolean derived, Instant at) {
        this.tenantId = tenantId.value();
        this.identifier = identifier.text();
        this.personId = personId.value();
        this.derived = derived;
        this.createdAt = at;
    }

    public String identifier() {
        return identifier;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public boolean isDerived() {
        return derived;
    }

    public void moveTo(PersonId person) {
        this.personId = person.value();
    }
}
