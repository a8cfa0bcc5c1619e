package io.proficio.domain.role;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.framework.Scale;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a role profile must satisfy: a name; at least one stage; stage names present and unique
 * within the role; dimension names present; each requirement naming a competency of the tenant, at
 * most once per stage, at a level of that competency's framework scale.
 */
public final class RoleProfileRules {

    private RoleProfileRules() {
    }

    /**
     * @param scaleOfCompetency the scale of a competency of the caller's tenant, empty when the
     *                          tenant has no such competency (including one of another tenant)
     * @throws ProficioException with every violation found
     */
    public static void check(RoleProfileSpec spec, Function<String, Optional<Scale>> scaleOfCompetency) {
        Violations violations = new Violations();
        if (blank(spec.name())) {
            violations.add(ErrorCode.INVALID_REQUEST, "/name", "A role profile needs a name.");
        }
        if (spec.stages().isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/stages", "A role profile needs at least one stage.");
        }
        Set<String> stageNames = new HashSet<>();
        List<StageSpec> stages = spec.stages();
        for (int i = 0; i < stages.size(); i++) {
            checkStage(stages.get(i), "/stages/" + i, stageNames, scaleOfCompetency, violations);
        }
        violations.throwIfAny("The role profile is not valid");
    }

    private static void checkStage(StageSpec stage, String pointer, Set<String> stageNames,
                                   Function<String, Optional<Scale>> scaleOfCompetency, Violations violations) {
        if (blank(stage.name())) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/name", "Every stage needs a name.");
        } else if (!stageNames.add(stage.name().strip().toLowerCase(Locale.ROOT))) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/name", "Stage name '" + stage.name() + "' is used twice.");
        }
        for (Map.Entry<String, String> dimension : stage.dimensions().entrySet()) {
            if (blank(dimension.getKey()) || blank(dimension.getValue())) {
                violations.add(ErrorCode.INVALID_REQUEST, pointer + "/dimensions",
                        "Dimensions need a name and a value; '" + dimension.getKey() + "' does not have both.");
            }
        }
        Set<String> competencies = new HashSet<>();
        List<LevelRequirement> requirements = stage.requirements();
        for (int j = 0; j < requirements.size(); j++) {
            LevelRequirement requirement = requirements.get(j);
            String at = pointer + "/requirements/" + j;
            if (blank(requirement.competencyId())) {
                violations.add(ErrorCode.INVALID_REQUEST, at + "/competencyId", "A requirement needs a competencyId.");
                continue;
            }
            if (!competencies.add(requirement.competencyId())) {
                violations.add(ErrorCode.INVALID_REQUEST, at + "/competencyId",
                        "Competency " + requirement.competencyId() + " is required twice in one stage.");
            }
            Optional<Scale> scale = scaleOfCompetency.apply(requirement.competencyId());
            if (requirement.level() == null) {
                violations.add(ErrorCode.INVALID_REQUEST, at + "/level", "A requirement needs a level.");
            }
            if (scale.isEmpty()) {
                violations.add(ErrorCode.UNKNOWN_REFERENCE, at + "/competencyId",
                        "There is no competency " + requirement.competencyId() + " in this tenant.");
            } else if (requirement.level() != null && !scale.get().contains(requirement.level())) {
                violations.add(ErrorCode.LEVEL_OUTSIDE_SCALE, at + "/level", "Level " + requirement.level()
                        + " is outside the competency's scale (1.." + scale.get().highestLevel() + ").");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
