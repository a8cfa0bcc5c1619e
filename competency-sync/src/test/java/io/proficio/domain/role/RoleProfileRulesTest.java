package io.proficio.domain.role;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.framework.ScaleLevel;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoleProfileRulesTest {

    /** Competencies of the caller's tenant: two on the default 1..5 scale, one on a 1..3 scale. */
    private static final String RISK = "risk";
    private static final String DEALS = "deals";
    private static final String SMALL = "small-scale";
    /** A competency of another tenant: the resolver does not know it. */
    private static final String FOREIGN = "other-tenants-competency";

    private static final Map<String, Scale> SCALES = Map.of(
            RISK, scale(Scale.DEFAULT_LEVELS, 3),
            DEALS, scale(Scale.DEFAULT_LEVELS, 3),
            SMALL, scale(List.of(new ScaleLevel(1, "Basic", null), new ScaleLevel(2, "Solid", null),
                    new ScaleLevel(3, "Deep", null)), 2));
    private static final Function<String, Optional<Scale>> RESOLVER = id -> Optional.ofNullable(SCALES.get(id));

    @Test
    void acceptsAValidSpec() {
        RoleProfileSpec spec = new RoleProfileSpec("Commercial underwriter", null, List.of(
                stage("Junior", Map.of("risk exposure", "up to 1M"), req(RISK, 2), req(DEALS, 1), req(SMALL, 1)),
                stage("Senior", Map.of("risk exposure", "up to 5M"), req(RISK, 4), req(DEALS, 5), req(SMALL, 3))));

        assertDoesNotThrow(() -> RoleProfileRules.check(spec, RESOLVER));
    }

    @Test
    void acceptsTheSameCompetencyInDifferentStages() {
        RoleProfileSpec spec = new RoleProfileSpec("Role", "", List.of(
                stage("One", Map.of(), req(RISK, 1)),
                stage("Two", Map.of(), req(RISK, 2))));

        assertDoesNotThrow(() -> RoleProfileRules.check(spec, RESOLVER));
    }

    @Test
    void acceptsAStageWithoutRequirementsOrDimensions() {
        RoleProfileSpec spec = new RoleProfileSpec("Role", null, List.of(new StageSpec("Only", null, null, null)));

        assertDoesNotThrow(() -> RoleProfileRules.check(spec, RESOLVER));
    }

    static Stream<Arguments> invalidSpecs() {
        StageSpec valid = stage("Junior", Map.of(), req(RISK, 2));
        return Stream.of(
                Arguments.of("null name", new RoleProfileSpec(null, null, List.of(valid)),
                        ErrorCode.INVALID_REQUEST, List.of("/name")),
                Arguments.of("blank name", new RoleProfileSpec("  ", null, List.of(valid)),
                        ErrorCode.INVALID_REQUEST, List.of("/name")),
                Arguments.of("no stages", new RoleProfileSpec("Role", null, List.of()),
                        ErrorCode.INVALID_REQUEST, List.of("/stages")),
                Arguments.of("null stages", new RoleProfileSpec("Role", null, null),
                        ErrorCode.INVALID_REQUEST, List.of("/stages")),
                Arguments.of("blank stage name", spec(valid, stage(" ", Map.of(), req(RISK, 3))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/1/name")),
                Arguments.of("null stage name", spec(valid, stage(null, Map.of(), req(RISK, 3))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/1/name")),
                Arguments.of("duplicate stage name", spec(valid, stage("Junior", Map.of(), req(RISK, 3))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/1/name")),
                Arguments.of("duplicate stage name, other case and spacing",
                        spec(valid, stage("Senior", Map.of()), stage(" jUNIOR ", Map.of())),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/2/name")),
                Arguments.of("blank dimension name", spec(stage("Junior", Map.of(" ", "up to 1M"))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/dimensions")),
                Arguments.of("null dimension name", spec(stage("Junior", mapOf(null, "up to 1M"))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/dimensions")),
                Arguments.of("blank dimension value", spec(stage("Junior", Map.of("risk exposure", ""))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/dimensions")),
                Arguments.of("null dimension value", spec(stage("Junior", mapOf("risk exposure", null))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/dimensions")),
                Arguments.of("missing competencyId", spec(stage("Junior", Map.of(), req(RISK, 2), req(null, 2))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/requirements/1/competencyId")),
                Arguments.of("blank competencyId", spec(stage("Junior", Map.of(), req(RISK, 2), req(" ", 2))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/requirements/1/competencyId")),
                Arguments.of("the same competency twice in one stage",
                        spec(stage("Junior", Map.of(), req(RISK, 2), req(DEALS, 2), req(RISK, 3))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/requirements/2/competencyId")),
                Arguments.of("unknown competency (another tenant's)",
                        spec(stage("Junior", Map.of(), req(RISK, 2), req(FOREIGN, 2))),
                        ErrorCode.UNKNOWN_REFERENCE, List.of("/stages/0/requirements/1/competencyId")),
                Arguments.of("level above the scale", spec(stage("Junior", Map.of(), req(RISK, 2), req(DEALS, 6))),
                        ErrorCode.LEVEL_OUTSIDE_SCALE, List.of("/stages/0/requirements/1/level")),
                Arguments.of("level 0", spec(stage("Junior", Map.of(), req(RISK, 0))),
                        ErrorCode.LEVEL_OUTSIDE_SCALE, List.of("/stages/0/requirements/0/level")),
                Arguments.of("level inside the default scale but above the competency's own",
                        spec(stage("Junior", Map.of(), req(RISK, 5), req(SMALL, 4))),
                        ErrorCode.LEVEL_OUTSIDE_SCALE, List.of("/stages/0/requirements/1/level")),
                Arguments.of("null level", spec(stage("Junior", Map.of(), req(RISK, 2), req(DEALS, null))),
                        ErrorCode.INVALID_REQUEST, List.of("/stages/0/requirements/1/level")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidSpecs")
    void rejectsAnInvalidSpecWithTheCodeAndPointerOfTheProblem(String problem, RoleProfileSpec spec, ErrorCode code,
                                                                List<String> pointers) {
        ProficioException e = assertThrows(ProficioException.class, () -> RoleProfileRules.check(spec, RESOLVER));

        assertEquals(code, e.code());
        assertEquals(pointers, pointers(e));
    }

    @Test
    void reportsEveryProblemAtOnceUnderTheCodeOfTheFirst() {
        RoleProfileSpec spec = new RoleProfileSpec("", null, List.of(
                stage("Junior", Map.of(), req(FOREIGN, 2), req(RISK, 9)),
                stage("junior", Map.of(), req(null, 1), req(DEALS, null))));

        ProficioException e = assertThrows(ProficioException.class, () -> RoleProfileRules.check(spec, RESOLVER));

        assertEquals(ErrorCode.INVALID_REQUEST, e.code());
        assertEquals(List.of(
                "/name",
                "/stages/0/requirements/0/competencyId",
                "/stages/0/requirements/1/level",
                "/stages/1/name",
                "/stages/1/requirements/0/competencyId",
                "/stages/1/requirements/1/level"), pointers(e));
        assertEquals("The role profile is not valid (6 problems)", e.getMessage());
    }

    @Test
    void anUnknownCompetencyWithoutLevelIsReportedForBoth() {
        RoleProfileSpec spec = spec(stage("Junior", Map.of(), req(FOREIGN, null)));

        ProficioException e = assertThrows(ProficioException.class, () -> RoleProfileRules.check(spec, RESOLVER));

        assertEquals(ErrorCode.INVALID_REQUEST, e.code());
        assertEquals(List.of("/stages/0/requirements/0/level", "/stages/0/requirements/0/competencyId"), pointers(e));
    }

    @Test
    void asksTheResolverOnlyForGivenCompetencyIds() {
        List<String> asked = new ArrayList<>();
        RoleProfileSpec spec = spec(stage("Junior", Map.of(), req(RISK, 2), req(null, 2), req(" ", 1), req(SMALL, 1)));

        assertThrows(ProficioException.class, () -> RoleProfileRules.check(spec, id -> {
            asked.add(id);
            return RESOLVER.apply(id);
        }));

        assertEquals(List.of(RISK, SMALL), asked);
    }

    // ---------------------------------------------------------------- helpers

    private static Scale scale(List<ScaleLevel> levels, int proficient) {
        Scale scale = new Scale(FrameworkId.generate(), TenantId.generate());
        scale.define(levels, proficient, Instant.now());
        return scale;
    }

    private static LevelRequirement req(String competencyId, Integer level) {
        return new LevelRequirement(competencyId, level);
    }

    private static StageSpec stage(String name, Map<String, String> dimensions, LevelRequirement... requirements) {
        return new StageSpec(name, null, dimensions, List.of(requirements));
    }

    private static RoleProfileSpec spec(StageSpec... stages) {
        return new RoleProfileSpec("Underwriter", "A role", List.of(stages));
    }

    private static Map<String, String> mapOf(String key, String value) {
        Map<String, String> map = new HashMap<>();
        map.put(key, value);
        return new LinkedHashMap<>(map);
    }

    private static List<String> pointers(ProficioException e) {
        return e.violations().stream().map(Violation::pointer).toList();
    }
}
