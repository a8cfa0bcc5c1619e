package io.proficio.infrastructure.persistence;

import io.proficio.domain.course.CourseMember;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import io.proficio.domain.person.PersonId;
import java.util.List;
import java.util.Optional;

/** Course rosters. */
@ApplicationScoped
public class CourseRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(CourseMember member) {
        em.persist(member);
    }

    public void remove(CourseMember member) {
        em.remove(member);
    }

    public Optional<CourseMember> member(TenantId tenantId, String courseRef, PersonId personId) {
        return em.createQuery("SELECT m FROM CourseMember m WHERE m.tenantId = :tenant AND m.courseRef = :course"
                        + " AND m.personId = :person", CourseMember.class)
                .setParameter("tenant", tenantId.value()).setParameter("course", courseRef)
                .setParameter("person", personId.value()).getResultStream().findFirst();
    }

    public List<CourseMember> members(TenantId tenantId, String courseRef) {
        return em.createQuery("SELECT m FROM CourseMember m WHERE m.tenantId = :tenant AND m.courseRef = :course",
                        CourseMember.class)
                .setParameter("tenant", tenantId.value()).setParameter("course", courseRef)
                .getResultList();
    }
}
