package io.proficio.application.people;

import java.util.List;

/**
 * What a caller asks a person to be, as received.
 *
 * @param identifiers identifiers in text form ({@code mailto:…}, {@code lti:iss|sub} …), never null
 * @param managerId   may be null
 * @param roleId      may be null
 * @param stage       the 1-based stage in the role, may be null
 */
public record PersonSpec(String name, List<String> identifiers, String managerId, String roleId, Integer stage) {

    public PersonSpec {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
