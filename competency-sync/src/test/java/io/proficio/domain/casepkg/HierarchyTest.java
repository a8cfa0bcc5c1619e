package io.proficio.domain.casepkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HierarchyTest {

    private static final String DOC = "doc";

    @Test
    void rootsAreTheChildrenOfTheDocumentThenTheParentlessItems() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("loose", "a", "b", "c", "stray"), List.of(
                childOf("b", DOC, 1),
                childOf("a", DOC, 2),
                childOf("c", "a", null)));

        assertEquals(List.of("b", "a", "loose", "stray"), hierarchy.roots());
    }

    @Test
    void anItemUnderTheDocumentIsARootOnlyOnce() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("a"), List.of(childOf("a", DOC, null)));

        assertEquals(List.of("a"), hierarchy.roots());
    }

    @Test
    void withoutAssociationsEveryItemIsARootInPackageOrder() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("c", "a", "b"), List.of());

        assertEquals(List.of("c", "a", "b"), hierarchy.roots());
        assertEquals(List.of(), hierarchy.children(DOC));
    }

    @Test
    void ordersChildrenBySequenceNumberThenPackageOrder() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("p", "c1", "c2", "c3", "c4", "c5"), List.of(
                childOf("p", DOC, null),
                childOf("c5", "p", null),
                childOf("c4", "p", 2),
                childOf("c2", "p", null),
                childOf("c3", "p", 1),
                childOf("c1", "p", 2)));

        // 1 before 2 before unnumbered; equal numbers (and no numbers) in package order
        assertEquals(List.of("c3", "c1", "c4", "c2", "c5"), hierarchy.children("p"));
    }

    @Test
    void anItemWithTwoParentsAppearsUnderBoth() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("p", "q", "shared"), List.of(
                childOf("p", DOC, 1),
                childOf("q", DOC, 2),
                childOf("shared", "p", null),
                childOf("shared", "q", null)));

        assertEquals(List.of("shared"), hierarchy.children("p"));
        assertEquals(List.of("shared"), hierarchy.children("q"));
        assertEquals(List.of("p", "q"), hierarchy.roots());
        assertTrue(hierarchy.findCycle().isEmpty());
    }

    @Test
    void aLeafOrAnUnknownNodeHasNoChildren() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("p", "leaf"), List.of(childOf("leaf", "p", null)));

        assertEquals(List.of(), hierarchy.children("leaf"));
        assertEquals(List.of(), hierarchy.children("nobody"));
    }

    @Test
    void ignoresAssociationsOtherThanIsChildOf() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("a", "b"), List.of(
                association("a", "exactMatchOf", "b", null),
                association("b", "isRelatedTo", "a", 1),
                association("a", "precedes", DOC, 1)));

        assertEquals(List.of(), hierarchy.children("a"));
        assertEquals(List.of(), hierarchy.children("b"));
        assertEquals(List.of(), hierarchy.children(DOC));
        assertEquals(List.of("a", "b"), hierarchy.roots());
        assertTrue(hierarchy.findCycle().isEmpty(), "a related-to loop is no hierarchy cycle");
    }

    @Test
    void findsNoCycleInATree() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("a", "b", "c", "d"), List.of(
                childOf("a", DOC, null),
                childOf("b", "a", null),
                childOf("c", "a", null),
                childOf("d", "c", null)));

        assertEquals(Optional.empty(), hierarchy.findCycle());
    }

    @Test
    void findsNoCycleInADiamond() {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("top", "left", "right", "bottom"), List.of(
                childOf("top", DOC, null),
                childOf("left", "top", null),
                childOf("right", "top", null),
                childOf("bottom", "left", null),
                childOf("bottom", "right", null)));

        assertEquals(Optional.empty(), hierarchy.findCycle());
    }

    static Stream<Arguments> cycles() {
        return Stream.of(
                Arguments.of("two items", List.of(childOf("a", "b", null), childOf("b", "a", null)), Set.of("a", "b")),
                Arguments.of("self-loop", List.of(childOf("a", DOC, null), childOf("b", "b", null)), Set.of("b")),
                Arguments.of("three items below a root",
                        List.of(childOf("a", DOC, null), childOf("b", "a", null), childOf("c", "b", null),
                                childOf("d", "c", null), childOf("b", "d", null)),
                        Set.of("b", "c", "d")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cycles")
    void findsACycleAndListsItFromAnItemBackToItself(String shape, List<CaseAssociation> associations,
                                                     Set<String> members) {
        Hierarchy hierarchy = Hierarchy.of(DOC, List.of("a", "b", "c", "d"), associations);

        List<String> cycle = hierarchy.findCycle().orElseThrow(() -> new AssertionError("no cycle found"));

        assertEquals(cycle.get(0), cycle.get(cycle.size() - 1), "closes on its first item: " + cycle);
        assertEquals(members, Set.copyOf(cycle));
        assertEquals(members.size() + 1, cycle.size(), "each member once, the first repeated: " + cycle);
        for (int i = 0; i + 1 < cycle.size(); i++) {
            assertTrue(hierarchy.children(cycle.get(i)).contains(cycle.get(i + 1)),
                    cycle.get(i + 1) + " should be a child of " + cycle.get(i) + " in " + cycle);
        }
    }

    @Test
    void buildsTheDemoHierarchy() {
        CasePackage demo = CasePackageParser.parse(demoText());
        Hierarchy hierarchy = demo.hierarchy();

        List<String> rootCodes = codes(demo, hierarchy.roots());
        assertEquals(List.of("UW", "REL", "AUT"), rootCodes);
        assertEquals(List.of("UW.RISK", "UW.DEAL", "UW.SPEC"), codes(demo, hierarchy.children(demo.items().get(0).identifier())));
        assertEquals(Optional.empty(), hierarchy.findCycle());
    }

    private static List<String> codes(CasePackage casePackage, List<String> identifiers) {
        List<String> codes = new ArrayList<>();
        for (String identifier : identifiers) {
            casePackage.items().stream().filter(item -> item.identifier().equals(identifier))
                    .forEach(item -> codes.add(item.humanCodingScheme()));
        }
        return codes;
    }

    private static String demoText() {
        try (InputStream in = HierarchyTest.class.getResourceAsStream("/demo/underwriter.case.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int counter;

    private static CaseAssociation childOf(String child, String parent, Integer sequenceNumber) {
        return association(child, CaseAssociation.IS_CHILD_OF, parent, sequenceNumber);
    }

    private static CaseAssociation association(String origin, String type, String destination, Integer sequenceNumber) {
        return new CaseAssociation("as" + (counter++), type, sequenceNumber, new NodeRef(origin, null, null),
                new NodeRef(destination, null, null), JsonValue.EMPTY_JSON_OBJECT);
    }
}
