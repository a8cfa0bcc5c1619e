package io.proficio.interfaces.api;

import io.proficio.application.people.PersonSpec;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.role.RoleId;
import java.time.Instant;
import java.util.List;

/**
 * A person as the API reads and writes it; {@code id}, {@code status}, {@code mergedInto} and the
 * times are ignored on input.
 */
public record PersonJson(String id, String name, String status, List<String> identifiers, String managerId,
                         String roleId, Integer stage, String mergedInto, Instant createdAt, Instant updatedAt) {

    static PersonJson of(Person p, List<String> identifiers) {
        return new PersonJson(p.id().value(), p.name(), p.status().name().toLowerCase(java.util.Locale.ROOT), identifiers,
                p.managerId().map(PersonId::value).orElse(null), p.roleId().map(RoleId::value).orElse(null),
                p.stage().orElse(null), p.mergedInto().map(PersonId::value).orElse(null), p.createdAt(), p.updatedAt());
    }

    PersonSpec toSpec() {
        return new PersonSpec(name, identifiers, managerId, roleId, stage);
    }
}
