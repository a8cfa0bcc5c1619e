package io.proficio.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleTest {

    private static final Instant AT = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void definesTheDefaultFiveLevelScaleProficientAtThree() {
        Scale scale = newScale();

        scale.define(Scale.DEFAULT_LEVELS, 3, AT);

        assertEquals(5, scale.levels().size());
        assertEquals(List.of(1, 2, 3, 4, 5), scale.levels().stream().map(ScaleLevel::number).toList());
        assertEquals("Proficient", scale.levels().get(2).label());
        assertEquals(3, scale.proficientLevel());
        assertEquals(5, scale.highestLevel());
        assertEquals(AT, scale.updatedAt());
    }

    @Test
    void acceptsASingleLevelScaleWithoutDescriptors() {
        Scale scale = newScale();

        scale.define(List.of(new ScaleLevel(1, "Can do", null)), 1, AT);

        assertEquals(1, scale.highestLevel());
        assertEquals(1, scale.proficientLevel());
    }

    static Stream<Arguments> invalidScales() {
        return Stream.of(
                Arguments.of("no levels", List.of(), 1, List.of("/levels")),
                Arguments.of("a gap: 1, 2, 4", levels(1, 2, 4), 2, List.of("/levels/2/level")),
                Arguments.of("a duplicate: 1, 2, 2", levels(1, 2, 2), 2, List.of("/levels/2/level")),
                Arguments.of("wrong order: 2, 1, 3", levels(2, 1, 3), 2, List.of("/levels/0/level", "/levels/1/level")),
                Arguments.of("starting at 0", levels(0, 1, 2), 1, List.of("/levels/0/level", "/levels/1/level",
                        "/levels/2/level")),
                Arguments.of("blank label", List.of(new ScaleLevel(1, "  ", null), new ScaleLevel(2, "Two", null)), 2,
                        List.of("/levels/0/label")),
                Arguments.of("missing label", List.of(new ScaleLevel(1, "One", null), new ScaleLevel(2, null, null)), 2,
                        List.of("/levels/1/label")),
                Arguments.of("proficient level above the scale", Scale.DEFAULT_LEVELS, 6, List.of("/proficientLevel")),
                Arguments.of("proficient level 0", Scale.DEFAULT_LEVELS, 0, List.of("/proficientLevel")),
                Arguments.of("gap and a proficient level that falls in it", levels(1, 2, 4), 3,
                        List.of("/levels/2/level", "/proficientLevel")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidScales")
    void rejectsAnInvalidScaleWithAPointerPerProblem(String problem, List<ScaleLevel> levels, int proficient,
                                                     List<String> pointers) {
        Scale scale = newScale();

        ProficioException e = assertThrows(ProficioException.class, () -> scale.define(levels, proficient, AT));

        assertEquals(ErrorCode.INVALID_SCALE, e.code());
        assertEquals(pointers, e.violations().stream().map(Violation::pointer).toList());
    }

    @Test
    void aRejectedDefinitionLeavesTheScaleAsItWas() {
        Scale scale = newScale();
        scale.define(Scale.DEFAULT_LEVELS, 3, AT);

        assertThrows(ProficioException.class, () -> scale.define(levels(1, 3), 1, AT.plusSeconds(60)));

        assertEquals(5, scale.highestLevel());
        assertEquals(3, scale.proficientLevel());
        assertEquals(AT, scale.updatedAt());
    }

    @Test
    void redefiningReplacesTheLevels() {
        Scale scale = newScale();
        scale.define(Scale.DEFAULT_LEVELS, 3, AT);

        scale.define(levels(1, 2, 3), 2, AT.plusSeconds(60));

        assertEquals(3, scale.highestLevel());
        assertEquals(2, scale.proficientLevel());
        assertEquals(AT.plusSeconds(60), scale.updatedAt());
        assertFalse(scale.contains(4));
    }

    @Test
    void laterChangesToTheGivenListDoNotAlterTheScale() {
        Scale scale = newScale();
        List<ScaleLevel> given = new ArrayList<>(levels(1, 2, 3));

        scale.define(given, 2, AT);
        given.add(new ScaleLevel(4, "Four", null));

        assertEquals(3, scale.highestLevel());
        assertThrows(UnsupportedOperationException.class, () -> scale.levels().add(new ScaleLevel(4, "Four", null)));
    }

    @Test
    void containsExactlyTheLevelsOneToTheHighest() {
        Scale scale = newScale();
        scale.define(Scale.DEFAULT_LEVELS, 3, AT);

        assertFalse(scale.contains(0));
        assertFalse(scale.contains(-1));
        for (int level = 1; level <= 5; level++) {
            assertTrue(scale.contains(level), "contains " + level);
        }
        assertFalse(scale.contains(6));
        assertEquals(5, scale.highestLevel());
    }

    @Test
    void anUndefinedScaleContainsNoLevel() {
        Scale scale = newScale();

        assertFalse(scale.contains(1));
        assertEquals(0, scale.highestLevel());
    }

    @Test
    void keepsItsFrameworkId() {
        FrameworkId frameworkId = FrameworkId.generate();

        assertEquals(frameworkId, new Scale(frameworkId, TenantId.generate()).frameworkId());
    }

    private static Scale newScale() {
        return new Scale(FrameworkId.generate(), TenantId.generate());
    }

    private static List<ScaleLevel> levels(int... numbers) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int number : numbers) {
            levels.add(new ScaleLevel(number, "Level " + number, null));
        }
        return levels;
    }
}
