package io.proficio.infrastructure.lti.nrps;

import io.proficio.infrastructure.lti.Fields;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of a context as Names and Role Provisioning Services 2.0 §2 returns it. Members whose
 * status is {@code Inactive} or {@code Deleted} are kept: whether to suspend or remove them is the
 * caller's decision. The personal fields are present only when the platform shares them.
 *
 * @param userId             the LTI user id, the {@code sub} of this user's launches; never null
 * @param roles              LIS role URIs as the platform sends them; never null, possibly empty
 * @param status             {@code Active} (the default when absent), {@code Inactive} or {@code Deleted}; never null
 * @param name               full name
 * @param givenName          given name
 * @param familyName         family name
 * @param email              email address
 * @param lisPersonSourcedid the SIS id of the person
 */
public record Member(String userId, List<String> roles, String status, Optional<String> name,
                     Optional<String> givenName, Optional<String> familyName, Optional<String> email,
                     Optional<String> lisPersonSourcedid) {

    public static final String ACTIVE = "Active";

    public Member {
        Objects.requireNonNull(userId, "userId");
        roles = List.copyOf(roles);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(lisPersonSourcedid, "lisPersonSourcedid");
    }

    /** Whether the membership is active, the status compared without regard to case. */
    public boolean active() {
        return ACTIVE.equalsIgnoreCase(status);
    }

    static Member parse(JsonObject json) {
        return new Member(Fields.string(json, "user_id"), Fields.strings(json, "roles"),
                Fields.optionalString(json, "status").orElse(ACTIVE), Fields.optionalString(json, "name"),
                Fields.optionalString(json, "given_name"), Fields.optionalString(json, "family_name"),
                Fields.optionalString(json, "email"), Fields.optionalString(json, "lis_person_sourcedid"));
    }
}
