package io.proficio.domain.role;

import java.util.List;

/**
 * What a caller asks a role profile to be: a name and its stages, lowest first.
 *
 * @param description may be null
 */
public record RoleProfileSpec(String name, String description, List<StageSpec> stages) {

    public RoleProfileSpec {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
