package io.proficio.domain.course;

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

/** A person in a course, with their roles there (e.g. Learner, Instructor). */
@Entity
@Table(name = "course_member")
@IdClass(CourseMember.Key.class)
public class CourseMember {

    /** The primary key: tenant, course and person. */
    public static class Key implements Serializable {
        private String tenantId;
        private String courseRef;
        private String personId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(courseRef, key.courseRef) && Objects.equals(personId, key.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, courseRef, personId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "course_ref")
    private String courseRef;
    @Id
    @Column(name = "person_id")
    private String personId;
    private String roles;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CourseMember() {
    }

    public CourseMember(TenantId tenantId, String courseRef, PersonId personId, List<String> roles, Instant at) {
        this.tenantId = tenantId.value();
        this.courseRef = courseRef;
        this.personId = personId.value();
        assign(roles, at);
    }

    public void assign(List<String> newRoles, Instant at) {
        this.roles = String.join(" ", newRoles);
        this.updatedAt = at;
    }

    public String courseRef() {
        return courseRef;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public List<String> roles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(" "));
    }
}
