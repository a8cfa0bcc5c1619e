package io.proficio.domain.role;

import java.util.List;
import java.util.Map;

/**
 * What a caller asks one stage to be.
 *
 * @param description may be null
 * @param dimensions  named descriptions of the stage (e.g. "risk exposure" → "up to 5M"), in order, never null
 */
public record StageSpec(String name, String description, Map<String, String> dimensions,
                        List<LevelRequirement> requirements) {

    public StageSpec {
        dimensions = dimensions == null ? Map.of() : dimensions;
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
