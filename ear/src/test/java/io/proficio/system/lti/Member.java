package io.proficio.system.lti;

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
        return new Member(userId, List.of(LtiRoles.LEARNER), givenName + " " + familyName, givenName, familyName,
                userId + "@example.org", null, "Active");
    }

    /** An active instructor with a name and an email derived from the user id. */
    public static Member instructor(String userId, String givenName, String familyName) {
        return new Member(userId, List.of(LtiRoles.INSTRUCTOR), givenName + " " + familyName, givenName, familyName,
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
