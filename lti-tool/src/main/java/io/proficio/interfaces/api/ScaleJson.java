package io.proficio.interfaces.api;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.framework.ScaleLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A framework's proficiency scale as the API reads and writes it:
 * {@code {"levels": [{"level", "label", "descriptor"}], "proficientLevel"}}.
 */
public record ScaleJson(String frameworkId, List<Level> levels, Integer proficientLevel, Instant updatedAt) {

    public record Level(Integer level, String label, String descriptor) {
    }

    static ScaleJson of(Scale scale) {
        return new ScaleJson(scale.frameworkId().value(),
                scale.levels().stream().map(l -> new Level(l.number(), l.label(), l.descriptor())).toList(),
                scale.proficientLevel(), scale.updatedAt());
    }

    /** The levels as the domain takes them; a level without its number is refused here. */
    List<ScaleLevel> toLevels() {
        Violations violations = new Violations();
        List<ScaleLevel> result = new ArrayList<>();
        List<Level> given = levels == null ? List.of() : levels;
        for (int i = 0; i < given.size(); i++) {
            Level level = given.get(i);
            if (level == null || level.level() == null) {
                violations.add(ErrorCode.INVALID_SCALE, "/levels/" + i + "/level", "Entry " + i + " has no level number.");
            } else {
                result.add(new ScaleLevel(level.level(), level.label(), level.descriptor()));
            }
        }
        if (levels == null) {
            violations.add(ErrorCode.INVALID_SCALE, "/levels", "levels is required.");
        }
        if (proficientLevel == null) {
            violations.add(ErrorCode.INVALID_SCALE, "/proficientLevel", "proficientLevel is required.");
        }
        violations.throwIfAny("The scale is not valid");
        return result;
    }
}
