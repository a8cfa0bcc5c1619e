package io.proficio.domain.proficiency;

import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The materialised level of a person in a competency: what the tenant's policy derives from the
 * ledger (or, with {@code rolledUp}, from the competency's children). {@code basis} lists the
 * evidence that produced it, so every level answers "why". Always re-derivable from the ledger.
 */
@Entity
@Table(name = "proficiency")
@IdClass(Proficiency.Key.class)
public class Proficiency {

    /** The primary key: person and competency. */
    public static class Key implements Serializable {
        private String personId;
        private String competencyId;

        public Key() {
        }

        public Key(String personId, String competencyId) {
            this.personId = personId;
            this.competencyId = competencyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(personId, key.personId)
                    && Objects.equals(competencyId, key.competencyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, competencyId);
        }
    }

    @Id
    @Column(name = "person_id")
    private String personId;
    @Id
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "level_number")
    private int level;
    private boolean provisional;
    @Column(name = "rolled_up")
    private boolean rolledUp;
    private String basis;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Proficiency() {
    }

    public Proficiency(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        this.tenantId = tenantId.value();
        this.personId = personId.value();
        this.competencyId = competencyId.value();
    }

    /** @return true when anything changed */
    public boolean hold(int newLevel, boolean newProvisional, boolean newRolledUp, List<String> newBasis, Instant at) {
        String joined = String.join(",", newBasis);
        if (level == newLevel && provisional == newProvisional && rolledUp == newRolledUp && joined.equals(basis)) {
            return false;
        }
        level = newLevel;
        provisional = newProvisional;
        rolledUp = newRolledUp;
        basis = joined;
        updatedAt = at;
        return true;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public CompetencyId competencyId() {
        return new CompetencyId(competencyId);
    }

    public int level() {
        return level;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public boolean isRolledUp() {
        return rolledUp;
    }

    /** The ids of the evidence behind the level (for a rolled-up level: the children's evidence). */
    public List<String> basis() {
        return basis == null || basis.isEmpty() ? List.of() : Arrays.asList(basis.split(","));
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
