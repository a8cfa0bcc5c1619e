package io.proficio.testing.lms;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member of a context as Names and Role Provisioning Services 2.0 §2.2 lists it. Fields other than
 * {@code userId} and {@code roles} may be null and are then left out.
 *
 * @param status {@code Active}, {@code Inactive} or {@code Deleted}; null for Active
 */
public record Member(String userId, List<String> roles, String name, String givenName, String familyName,
        String email, String lisPersonSourcedid, String status) {

    public Member {
        Objects.requireNonNull(userId, "userId");
        roles = List.copyOf(roles);
    }

    /** An active learner with a name and an email derived from the user id. */
    public static Member learner(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, LtiRoles.LEARNER);
    }

    /** An active instructor with a name and an email derived from the user id. */
    public static Member instructor(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, LtiRoles.INSTRUCTOR);
    }

    /**
     * A student of a Moodle course. Moodle's NRPS ({@code mod/lti/service/memberships/.../memberships.php}) asks
     * {@code lti_get_ims_role} for the LTI 2 form of the roles, so members carry the short context role names
     * ({@code Learner}, {@code Instructor}, LTI Core §A.2.3 allows them) where Moodle's launches send the long ones.
     */
    public static Member moodleStudent(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, "Learner");
    }

    /** A teacher of a Moodle course in its NRPS: {@code Instructor}. */
    public static Member moodleTeacher(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, "Instructor");
    }

    /**
     * A Moodle site administrator enrolled as a teacher, in NRPS: {@code Instructor} with the system and
     * institution Administrator roles {@code lti_get_ims_role} adds. Not gradable.
     */
    public static Member moodleAdmin(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, "Instructor", LtiRoles.SYSTEM_ADMINISTRATOR,
                LtiRoles.INSTITUTION_ADMINISTRATOR);
    }

    /** A student of a Canvas course: the Learner context role and the institution Student role, as Canvas sends. */
    public static Member canvasStudent(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, LtiRoles.LEARNER, LtiRoles.INSTITUTION_STUDENT);
    }

    /** A teacher of a Canvas course: the Instructor context role with the institution Instructor role. */
    public static Member canvasTeacher(String userId, String givenName, String familyName) {
        return active(userId, givenName, familyName, LtiRoles.INSTRUCTOR, LtiRoles.INSTITUTION_INSTRUCTOR);
    }

    private static Member active(String userId, String givenName, String familyName, String... roles) {
        return new Member(userId, List.of(roles), givenName + " " + familyName, givenName, familyName,
                userId + "@example.org", null, "Active");
    }

    public Member withStatus(String newStatus) {
        return new Member(userId, roles, name, givenName, familyName, email, lisPersonSourcedid, newStatus);
    }

    public Member withLisPersonSourcedid(String sourcedid) {
        return new Member(userId, roles, name, givenName, familyName, email, sourcedid, status);
    }

    Map<String, Object> toJSONObject() {
        return HttpExchanges.object("status", status == null ? "Active" : status, "name", name,
                "given_name", givenName, "family_name", familyName, "email", email, "user_id", userId,
                "lis_person_sourcedid", lisPersonSourcedid, "roles", roles);
    }
}
