package io.proficio.application.lti;

import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.course.CourseMember;
import io.proficio.domain.course.CourseRepository;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Course rosters: replaced whole, as an LMS reports them, and read for a course's skills matrix. */
@Stateless
public class CourseService {

    @Inject
    CourseRepository courses;
    @Inject
    PersonDirectory people;

    /** One member of a roster as given: a person and their roles in the course (may be empty). */
    public record Member(String personId, List<String> roles) {
        public Member {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** Makes the roster of the course exactly {@code members}; sending the same roster again changes nothing. */
    public List<CourseMember> setRoster(TenantId tenantId, String courseRef, List<Member> members) {
        if (courseRef == null || courseRef.isBlank()) {
            throw ProficioException.invalid("/course", "course is required.");
        }
        Violations violations = new Violations();
        Map<PersonId, List<String>> wanted = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Optional<Person> person = member == null || member.personId() == null ? Optional.empty()
                    : people.find(tenantId, new PersonId(member.personId()));
            if (person.isEmpty()) {
                violations.add(ErrorCode.UNKNOWN_REFERENCE, "/members/" + i + "/personId",
                        "There is no person " + (member == null ? null : member.personId()) + " in this tenant.");
            } else {
                wanted.put(person.get().id(), member.roles());
            }
        }
        violations.throwIfAny("The roster is not valid");
        Instant now = Instant.now();
        Map<PersonId, CourseMember> current = new HashMap<>();
        courses.members(tenantId, courseRef).forEach(m -> current.put(m.personId(), m));
        current.forEach((person, member) -> {
            if (!wanted.containsKey(person)) {
                courses.remove(member);
            }
        });
        wanted.forEach((person, roles) -> {
            CourseMember member = current.get(person);
            if (member == null) {
                courses.add(new CourseMember(tenantId, courseRef.strip(), person, roles, now));
            } else if (!member.roles().equals(roles)) {
                member.assign(roles, now);
            }
        });
        return courses.members(tenantId, courseRef.strip());
    }

    /** Puts one person on a course's roster with {@code roles}, or updates their roles there. */
    public void join(TenantId tenantId, String courseRef, PersonId personId, List<String> roles) {
        Optional<CourseMember> member = courses.member(tenantId, courseRef, personId);
        if (member.isEmpty()) {
            courses.add(new CourseMember(tenantId, courseRef, personId, roles, Instant.now()));
        } else if (!member.get().roles().equals(roles)) {
            member.get().assign(roles, Instant.now());
        }
    }

    public List<CourseMember> roster(TenantId tenantId, String courseRef) {
        return courses.members(tenantId, courseRef);
    }
}
