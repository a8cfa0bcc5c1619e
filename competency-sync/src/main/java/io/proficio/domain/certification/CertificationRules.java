package io.proficio.domain.certification;

import io.proficio.domain.OptionalText;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.framework.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The rules a certification must satisfy: a name; at least one requirement, each exactly one of a
 * competency of the tenant at a level of its scale, an existing role profile stage, or a content
 * reference; {@code validForDays} at least 1 when given, and a renewal window inside it.
 */
public final class CertificationRules {

    private CertificationRules() {
    }

    /** What a valid spec says. */
    public record Checked(String name, String description, Requirements requirements, Validity validity) {
    }

    /**
     * @param scaleOfCompetency the scale of a competency of the caller's tenant, empty when there is none
     * @param stageExists       whether the tenant has that role profile with that stage (numbered from 1)
     * @throws io.proficio.domain.error.ProficioException with every violation found
     */
    public static Checked check(CertificationSpec spec, Function<String, Optional<Scale>> scaleOfCompetency,
                                BiPredicate<String, Integer> stageExists) {
        Violations violations = new Violations();
        if (spec.name() == null || spec.name().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/name", "A certification needs a name.");
        }
        if (spec.requirements().isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/requirements", "A certification needs at least one requirement.");
        }
        List<Requirement> items = new ArrayList<>();
        for (int i = 0; i < spec.requirements().size(); i++) {
            Requirement item = requirement(spec.requirements().get(i), "/requirements/" + i, scaleOfCompetency,
                    stageExists, violations);
            if (item != null) {
                items.add(item);
            }
        }
        Validity validity = validity(spec, violations);
        violations.throwIfAny("The certification is not valid");
        return new Checked(spec.name().strip(), OptionalText.of(spec.description()), new Requirements(items), validity);
    }

    private static Requirement requirement(CertificationSpec.RequirementSpec given, String at,
                                           Function<String, Optional<Scale>> scaleOfCompetency,
                                           BiPredicate<String, Integer> stageExists, Violations violations) {
        if (given == null) {
            violations.add(ErrorCode.INVALID_REQUEST, at, "A requirement must be an object.");
            return null;
        }
        int kinds = (given.competencyId() != null ? 1 : 0) + (given.roleId() != null ? 1 : 0) + (given.contentGiven() ? 1 : 0);
        if (kinds != 1) {
            violations.add(ErrorCode.INVALID_REQUEST, at, "A requirement names exactly one of competencyId (with level),"
                    + " roleId (with stage) or content (with type and ref).");
            return null;
        }
        if (given.competencyId() != null) {
            return competencyLevel(given, at, scaleOfCompetency, violations);
        }
        if (given.roleId() != null) {
            if (given.stage() == null || given.stage() < 1) {
                violations.add(ErrorCode.INVALID_REQUEST, at + "/stage", "A role requirement needs a stage number (1 is the first).");
                return null;
            }
            if (!stageExists.test(given.roleId(), given.stage())) {
                violations.add(ErrorCode.UNKNOWN_REFERENCE, at + "/roleId", "There is no role profile " + given.roleId()
                        + " with a stage " + given.stage() + " in this tenant.");
                return null;
            }
            return new Requirement.RoleStage(given.roleId(), given.stage());
        }
        ContentRef content = ContentRef.parse(given.contentType(), given.contentRef(), at + "/content", violations);
        return content == null ? null : new Requirement.ContentDone(content);
    }

    private static Requirement competencyLevel(CertificationSpec.RequirementSpec given, String at,
                                               Function<String, Optional<Scale>> scaleOfCompetency, Violations violations) {
        Optional<Scale> scale = scaleOfCompetency.apply(given.competencyId());
        if (scale.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, at + "/competencyId",
                    "There is no competency " + given.competencyId() + " in this tenant.");
            return null;
        }
        if (given.level() == null) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/level", "A competency requirement needs a level.");
            return null;
        }
        if (!scale.get().contains(given.level())) {
            violations.add(ErrorCode.LEVEL_OUTSIDE_SCALE, at + "/level", "Level " + given.level()
                    + " is not on the competency's scale (1 to " + scale.get().highestLevel() + ").");
            return null;
        }
        return new Requirement.CompetencyLevel(given.competencyId(), given.level());
    }

    private static Validity validity(CertificationSpec spec, Violations violations) {
        Integer valid = spec.validForDays();
        Integer window = spec.renewalWindowDays();
        if (valid != null && valid < 1) {
            violations.add(ErrorCode.INVALID_REQUEST, "/validForDays", "validForDays must be at least 1 (or left out: no expiry).");
            return null;
        }
        if (window != null && (valid == null || window < 0 || window > valid)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/renewalWindowDays",
                    "renewalWindowDays needs validForDays and must lie between 0 and it.");
            return null;
        }
        return new Validity(valid, window);
    }
}
