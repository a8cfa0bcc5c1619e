package io.proficio.infrastructure.persistence.lti;

import io.proficio.domain.course.CourseMember;
import io.proficio.domain.course.CourseRepository;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link CourseRepository} on JPA. */
@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(CourseMember member) {
        em.persist(member);
    }

    @Override
    public void remove(CourseMember member) {
        em.remove(member);
    }

    @Override
    public Optional<CourseMember> member(TenantId tenantId, String courseRef, PersonId personId) {
        return em.createQuery("SELECT m FROM CourseMember m WHERE m.tenantId = :tenant AND m.courseRef = :course"
                        + " AND m.personId = :person", CourseMember.class)
                .setParameter("tenant", tenantId.value()).setParameter("course", courseRef)
                .setParameter("person", personId.value()).getResultStream().findFirst();
    }

    @Override
    public List<CourseMember> members(TenantId tenantId, String courseRef) {
        return em.createQuery("SELECT m FROM CourseMember m WHERE m.tenantId = :tenant AND m.courseRef = :course",
                        CourseMember.class)
                .setParameter("tenant", tenantId.value()).setParameter("course", courseRef)
                .getResultList();
    }
}
