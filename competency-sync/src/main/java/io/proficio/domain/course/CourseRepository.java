package io.proficio.domain.course;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Course rosters. */
public interface CourseRepository {

    void add(CourseMember member);

    void remove(CourseMember member);

    Optional<CourseMember> member(TenantId tenantId, String courseRef, PersonId personId);

    List<CourseMember> members(TenantId tenantId, String courseRef);
}
