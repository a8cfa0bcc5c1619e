package io.proficio.domain.proficiency;

import static io.proficio.domain.proficiency.RollUpRule.AVERAGE;
import static io.proficio.domain.proficiency.RollUpRule.MINIMUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RollUpTest {

    /**
     * A three-level framework:
     * <pre>
     *   UW
     *   ├── UW.RISK
     *   │   ├── UW.RISK.ID
     *   │   └── UW.RISK.PRICE
     *   └── UW.DEALS
     *       ├── UW.DEALS.TERMS
     *       └── UW.DEALS.CLOSE
     * </pre>
     */
    private static final Map<String, List<String>> FRAMEWORK = Map.of(
            "UW", List.of("UW.RISK", "UW.DEALS"),
            "UW.RISK", List.of("UW.RISK.ID", "UW.RISK.PRICE"),
            "UW.DEALS", List.of("UW.DEALS.TERMS", "UW.DEALS.CLOSE"));

    static Stream<Arguments> rollUps() {
        return Stream.of(
                Arguments.of("no evidence, no levels", Map.of(), FRAMEWORK, MINIMUM, Map.of()),
                Arguments.of("a direct level wins over its children's",
                        Map.of("UW.RISK", 1, "UW.RISK.ID", 4, "UW.RISK.PRICE", 5), FRAMEWORK, MINIMUM,
                        Map.of("UW.RISK", 1, "UW.RISK.ID", 4, "UW.RISK.PRICE", 5, "UW", 1)),
                Arguments.of("minimum of the children",
                        Map.of("UW.RISK.ID", 4, "UW.RISK.PRICE", 2), FRAMEWORK, MINIMUM,
                        Map.of("UW.RISK.ID", 4, "UW.RISK.PRICE", 2, "UW.RISK", 2, "UW", 2)),
                Arguments.of("average of the children, rounded half up (3.5 -> 4)",
                        Map.of("UW.RISK.ID", 4, "UW.RISK.PRICE", 3), FRAMEWORK, AVERAGE,
                        Map.of("UW.RISK.ID", 4, "UW.RISK.PRICE", 3, "UW.RISK", 4, "UW", 4)),
                Arguments.of("average below a half rounds down (7/3 -> 2)",
                        Map.of("A.1", 2, "A.2", 2, "A.3", 3), Map.of("A", List.of("A.1", "A.2", "A.3")), AVERAGE,
                        Map.of("A.1", 2, "A.2", 2, "A.3", 3, "A", 2)),
                Arguments.of("only children with a level count",
                        Map.of("UW.RISK.ID", 3), FRAMEWORK, MINIMUM,
                        Map.of("UW.RISK.ID", 3, "UW.RISK", 3, "UW", 3)),
                Arguments.of("multi-level, minimum: children first, then their parents",
                        Map.of("UW.RISK.ID", 5, "UW.RISK.PRICE", 4, "UW.DEALS.TERMS", 2, "UW.DEALS.CLOSE", 3),
                        FRAMEWORK, MINIMUM,
                        Map.of("UW.RISK.ID", 5, "UW.RISK.PRICE", 4, "UW.DEALS.TERMS", 2, "UW.DEALS.CLOSE", 3,
                                "UW.RISK", 4, "UW.DEALS", 2, "UW", 2)),
                Arguments.of("multi-level, average: a parent averages its children's rolled-up levels",
                        Map.of("UW.RISK.ID", 5, "UW.RISK.PRICE", 4, "UW.DEALS.TERMS", 1, "UW.DEALS.CLOSE", 2),
                        FRAMEWORK, AVERAGE,
                        // RISK 4.5 -> 5, DEALS 1.5 -> 2, UW (5 + 2) / 2 = 3.5 -> 4; from the leaves it would be 3
                        Map.of("UW.RISK.ID", 5, "UW.RISK.PRICE", 4, "UW.DEALS.TERMS", 1, "UW.DEALS.CLOSE", 2,
                                "UW.RISK", 5, "UW.DEALS", 2, "UW", 4)),
                Arguments.of("a branch without any child level has no level, the rest still rolls up",
                        Map.of("UW.RISK.PRICE", 3), FRAMEWORK, AVERAGE,
                        Map.of("UW.RISK.PRICE", 3, "UW.RISK", 3, "UW", 3)),
                Arguments.of("a direct level on an inner node feeds its parent",
                        Map.of("UW.DEALS", 2, "UW.RISK.ID", 4), FRAMEWORK, MINIMUM,
                        Map.of("UW.DEALS", 2, "UW.RISK.ID", 4, "UW.RISK", 4, "UW", 2)),
                Arguments.of("a direct level for a competency outside the hierarchy is kept",
                        Map.of("LOOSE", 3), FRAMEWORK, MINIMUM, Map.of("LOOSE", 3)),
                Arguments.of("a child shared by two parents (a DAG) feeds both",
                        Map.of("SHARED", 3, "B.ONLY", 5),
                        Map.of("A", List.of("SHARED"), "B", List.of("SHARED", "B.ONLY")), MINIMUM,
                        Map.of("SHARED", 3, "B.ONLY", 5, "A", 3, "B", 3)),
                Arguments.of("a child listed twice counts once ((1 + 4) / 2 -> 3, not (1 + 1 + 4) / 3 -> 2)",
                        Map.of("X", 1, "Y", 4), Map.of("P", List.of("X", "X", "Y")), AVERAGE,
                        Map.of("X", 1, "Y", 4, "P", 3)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rollUps")
    void derivesTheLevelOfEveryCompetencyThatHasOne(String behaviour, Map<String, Integer> direct,
                                                    Map<String, List<String>> children, RollUpRule rule,
                                                    Map<String, Integer> expected) {
        assertEquals(expected, RollUp.derive(direct, children, rule));
    }

    static Stream<Arguments> cycles() {
        return Stream.of(
                Arguments.of("a self-loop", Map.of("A", List.of("A", "LEAF")),
                        Map.of("LEAF", 3, "A", 3)),
                Arguments.of("two nodes, entered at A: B is cut from A and takes LEAF's level, A takes B's",
                        Map.of("A", List.of("B"), "B", List.of("A", "LEAF")),
                        Map.of("LEAF", 3, "A", 3, "B", 3)),
                Arguments.of("two nodes, entered at A: B only has A, which is on the path, so B has no level",
                        Map.of("A", List.of("B", "LEAF"), "B", List.of("A")),
                        Map.of("LEAF", 3, "A", 3)),
                Arguments.of("a long cycle", Map.of("A", List.of("B"), "B", List.of("C"), "C", List.of("A", "LEAF")),
                        Map.of("LEAF", 3, "A", 3, "B", 3, "C", 3)),
                Arguments.of("a cycle below a root is entered from the root",
                        Map.of("Z-ROOT", List.of("B"), "A", List.of("B", "LEAF"), "B", List.of("A")),
                        // Entered at B (via the root), not at A (first by id): A is cut from B and
                        // takes LEAF's level, B takes A's.
                        Map.of("LEAF", 3, "A", 3, "B", 3, "Z-ROOT", 3)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cycles")
    void terminatesOnACycleCountingANodeOnThePathAsWithoutLevel(String shape, Map<String, List<String>> children,
                                                                 Map<String, Integer> expected) {
        Map<String, Integer> levels = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RollUp.derive(Map.of("LEAF", 3), children, MINIMUM));

        assertEquals(expected, levels);
    }

    @Test
    void cuttingACycleDoesNotDependOnMapIterationOrder() {
        Map<String, List<String>> forwards = new LinkedHashMap<>();
        forwards.put("A", List.of("B", "LEAF"));
        forwards.put("B", List.of("A"));
        Map<String, List<String>> backwards = new LinkedHashMap<>();
        backwards.put("B", List.of("A"));
        backwards.put("A", List.of("B", "LEAF"));

        assertEquals(RollUp.derive(Map.of("LEAF", 3), forwards, MINIMUM),
                RollUp.derive(Map.of("LEAF", 3), backwards, MINIMUM));
    }

    @Test
    void aCycleWithoutEvidenceGivesNoLevels() {
        Map<String, Integer> levels = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RollUp.derive(Map.of(), Map.of("A", List.of("B"), "B", List.of("A")), AVERAGE));

        assertEquals(Map.of(), levels);
    }

    @Test
    void aVeryDeepChainDoesNotOverflowTheStack() {
        int depth = 200_000;
        Map<String, List<String>> children = new HashMap<>();
        for (int i = 0; i < depth; i++) {
            children.put("C" + i, List.of("C" + (i + 1)));
        }

        Map<String, Integer> levels = RollUp.derive(Map.of("C" + depth, 2), children, MINIMUM);

        assertEquals(depth + 1, levels.size());
        assertEquals(2, levels.get("C0"));
    }

    @Test
    void aWideDiamondLatticeIsDerivedOncePerCompetency() {
        // Every layer's nodes all point at every node of the next layer: 2^layers paths, but the
        // walk derives each competency once, so this finishes at once.
        int layers = 40;
        int width = 3;
        Map<String, List<String>> children = new HashMap<>();
        for (int layer = 0; layer < layers; layer++) {
            List<String> next = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                next.add("L" + (layer + 1) + "." + j);
            }
            for (int j = 0; j < width; j++) {
                children.put("L" + layer + "." + j, next);
            }
        }
        Map<String, Integer> leaves = new HashMap<>();
        for (int j = 0; j < width; j++) {
            leaves.put("L" + layers + "." + j, j + 1);
        }

        Map<String, Integer> levels = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RollUp.derive(leaves, children, AVERAGE));

        assertEquals(2, levels.get("L0.0"));
        assertEquals((layers + 1) * width, levels.size());
    }

    @Test
    void listsDirectLevelsFirstInTheirOrder() {
        Map<String, Integer> direct = new LinkedHashMap<>();
        direct.put("UW.RISK.PRICE", 3);
        direct.put("UW.RISK.ID", 4);

        Map<String, Integer> levels = RollUp.derive(direct, FRAMEWORK, MINIMUM);

        assertEquals(List.of("UW.RISK.PRICE", "UW.RISK.ID"), new ArrayList<>(levels.keySet()).subList(0, 2));
        assertThrows(UnsupportedOperationException.class, () -> levels.put("X", 1));
    }

    static Stream<Arguments> ruleValues() {
        return Stream.of(
                Arguments.of("minimum", Optional.of(MINIMUM)),
                Arguments.of("average", Optional.of(AVERAGE)),
                Arguments.of("MINIMUM", Optional.empty()),
                Arguments.of("mean", Optional.empty()),
                Arguments.of(null, Optional.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("ruleValues")
    void parsesRulesByTheirApiValue(String text, Optional<RollUpRule> expected) {
        assertEquals(expected, RollUpRule.parse(text));
        expected.ifPresent(rule -> assertEquals(text, rule.value()));
    }
}
