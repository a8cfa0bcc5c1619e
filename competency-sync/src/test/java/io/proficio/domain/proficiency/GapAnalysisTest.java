package io.proficio.domain.proficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GapAnalysisTest {

    static Stream<Arguments> analyses() {
        return Stream.of(
                Arguments.of("nothing required, no gaps", ordered(), Map.of(), List.of()),
                Arguments.of("a level below the requirement leaves the difference",
                        ordered("A", 4), Map.of("A", 2), List.of(new Gap("A", 4, 2, 2))),
                Arguments.of("no level counts as 0",
                        ordered("A", 3), Map.of(), List.of(new Gap("A", 3, 0, 3))),
                Arguments.of("a level at the requirement is met",
                        ordered("A", 3), Map.of("A", 3), List.of(new Gap("A", 3, 3, 0))),
                Arguments.of("a level above the requirement is met, never a negative gap",
                        ordered("A", 2), Map.of("A", 5), List.of(new Gap("A", 2, 5, 0))),
                Arguments.of("competencies not required are ignored",
                        ordered("A", 2), Map.of("A", 1, "B", 5), List.of(new Gap("A", 2, 1, 1))),
                Arguments.of("largest gap first",
                        ordered("A", 2, "B", 5, "C", 3), Map.of("A", 1, "B", 1, "C", 1),
                        List.of(new Gap("B", 5, 1, 4), new Gap("C", 3, 1, 2), new Gap("A", 2, 1, 1))),
                Arguments.of("equal gaps keep the order of the requirements (framework order)",
                        ordered("Z", 3, "A", 3, "M", 4, "B", 3), Map.of("Z", 1, "A", 1, "M", 1, "B", 3),
                        List.of(new Gap("M", 4, 1, 3), new Gap("Z", 3, 1, 2), new Gap("A", 3, 1, 2),
                                new Gap("B", 3, 3, 0))),
                Arguments.of("met requirements come last, still in requirement order",
                        ordered("MET-2", 1, "OPEN", 2, "MET-1", 1), Map.of("MET-2", 4, "MET-1", 1),
                        List.of(new Gap("OPEN", 2, 0, 2), new Gap("MET-2", 1, 4, 0), new Gap("MET-1", 1, 1, 0))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("analyses")
    void givesOneGapPerRequiredCompetencyLargestFirst(String behaviour, Map<String, Integer> required,
                                                      Map<String, Integer> current, List<Gap> expected) {
        assertEquals(expected, GapAnalysis.analyse(required, current));
    }

    @Test
    void aGapIsMetOnlyWhenNothingIsLeftToClimb() {
        assertTrue(Gap.of("A", 3, 3).met());
        assertTrue(Gap.of("A", 3, 4).met());
        assertFalse(Gap.of("A", 3, 2).met());
        assertFalse(Gap.of("A", 1, 0).met());
    }

    @Test
    void refusesAGapThatDoesNotMatchItsLevels() {
        assertThrows(IllegalArgumentException.class, () -> new Gap("A", 3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Gap("A", 2, 5, -3));
        assertThrows(IllegalArgumentException.class, () -> new Gap(null, 2, 1, 1));
    }

    /** A LinkedHashMap of id, level pairs, in the order given. */
    private static Map<String, Integer> ordered(Object... idsAndLevels) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndLevels.length; i += 2) {
            map.put((String) idsAndLevels[i], (Integer) idsAndLevels[i + 1]);
        }
        return map;
    }
}
