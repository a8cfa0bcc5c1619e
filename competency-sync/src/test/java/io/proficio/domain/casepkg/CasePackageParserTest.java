package io.proficio.domain.casepkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CasePackageParserTest {

    private static final String DEMO_DOCUMENT_ID = "e30cec07-9be7-5ac5-9762-aba852e075d6";
    private static final String DOC = "doc";

    // ---------------------------------------------------------------- the demo package

    @Test
    void parsesTheDemoPackage() {
        CasePackage demo = CasePackageParser.parse(demoText());

        assertEquals(12, demo.items().size());
        assertEquals(12, demo.associations().size());
        assertEquals(DEMO_DOCUMENT_ID, demo.document().identifier());
        assertEquals("Commercial Insurance Underwriter Competencies", demo.document().title());
        assertEquals("1.0", demo.document().version());
        assertEquals("Proficio fixtures", demo.document().creator());
        assertEquals("https://case.example.org/underwriting/uri/" + DEMO_DOCUMENT_ID, demo.document().uri());

        CaseItem first = demo.items().get(0);
        assertEquals("46fa61bb-fbd7-5d54-8d5e-5b736e847bbb", first.identifier());
        assertEquals("UW", first.humanCodingScheme());
        assertEquals("Domain", first.itemType());
        assertNotNull(first.fullStatement());

        CaseAssociation firstAssociation = demo.associations().get(0);
        assertTrue(firstAssociation.isChildOf());
        assertEquals(1, firstAssociation.sequenceNumber());
        assertEquals("46fa61bb-fbd7-5d54-8d5e-5b736e847bbb", firstAssociation.origin().identifier());
        assertEquals(DEMO_DOCUMENT_ID, firstAssociation.destination().identifier());
    }

    @Test
    void toJSONObjectOfTheParsedDemoEqualsTheOriginalJson() {
        String text = demoText();
        JsonObject original;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            original = reader.readObject();
        }

        JsonObject exported = CasePackageParser.parse(text).toJSONObject();

        assertEquals(original, exported);
    }

    @Test
    void parsingTheExportAgainGivesTheSamePackage() {
        CasePackage once = CasePackageParser.parse(demoText());
        CasePackage twice = CasePackageParser.parse(once.toJSONObject());

        assertEquals(once, twice);
    }

    @Test
    void absentDefinitionsAndRubricsReadAsEmpty() {
        CasePackage parsed = CasePackageParser.parse(pkg(document(), items(item("a")), associations()));

        assertEquals(JsonValue.EMPTY_JSON_OBJECT, parsed.definitions());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, parsed.rubrics());
    }

    // ---------------------------------------------------------------- malformed bodies

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"{", "{\"CFDocument\": }", "not json", "{'single': 'quotes'}", "[1, 2]", "\"a string\"", "42",
            "true", "null"})
    void rejectsABodyThatIsNotAJsonObjectAsMalformedJson(String body) {
        ProficioException e = assertThrows(ProficioException.class, () -> CasePackageParser.parse(body));

        assertEquals(ErrorCode.MALFORMED_JSON, e.code());
        assertTrue(e.violations().isEmpty(), "malformed JSON has no pointers: " + e.violations());
    }

    // ---------------------------------------------------------------- the document

    @Test
    void rejectsAPackageWithoutCFDocument() {
        JsonObject root = Json.createObjectBuilder().add("CFItems", items(item("a"))).build();

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of("/CFDocument"), pointers(e));
    }

    @Test
    void rejectsACFDocumentThatIsNotAnObject() {
        JsonObject root = Json.createObjectBuilder().add("CFDocument", "doc").build();

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of("/CFDocument"), pointers(e));
    }

    static Stream<Arguments> documentProblems() {
        return Stream.of(
                Arguments.of("no identifier", (UnaryOperator<JsonObjectBuilder>) d -> d.remove("identifier"),
                        "/CFDocument/identifier"),
                Arguments.of("blank identifier", (UnaryOperator<JsonObjectBuilder>) d -> d.add("identifier", "   "),
                        "/CFDocument/identifier"),
                Arguments.of("numeric identifier", (UnaryOperator<JsonObjectBuilder>) d -> d.add("identifier", 7),
                        "/CFDocument/identifier"),
                Arguments.of("no title", (UnaryOperator<JsonObjectBuilder>) d -> d.remove("title"),
                        "/CFDocument/title"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("documentProblems")
    void rejectsACFDocumentWithoutIdentifierOrTitle(String problem, UnaryOperator<JsonObjectBuilder> change,
                                                   String pointer) {
        JsonObject root = pkg(change.apply(documentBuilder()).build(), items(item("a")), associations());

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of(pointer), pointers(e));
    }

    // ---------------------------------------------------------------- items

    static Stream<Arguments> itemProblems() {
        return Stream.of(
                Arguments.of("item without identifier",
                        items(item("a"), Json.createObjectBuilder().add("fullStatement", "B").build()),
                        "/CFItems/1/identifier"),
                Arguments.of("item with blank identifier",
                        items(item("a"), Json.createObjectBuilder().add("identifier", " ").add("fullStatement", "B").build()),
                        "/CFItems/1/identifier"),
                Arguments.of("item without fullStatement",
                        items(item("a"), Json.createObjectBuilder().add("identifier", "b").build()),
                        "/CFItems/1/fullStatement"),
                Arguments.of("item with blank fullStatement",
                        items(item("a"), Json.createObjectBuilder().add("identifier", "b").add("fullStatement", "").build()),
                        "/CFItems/1/fullStatement"),
                Arguments.of("duplicate item identifier",
                        items(item("a"), item("b"), item("a")),
                        "/CFItems/2/identifier"),
                Arguments.of("item that is not an object",
                        Json.createArrayBuilder().add(item("a")).add("b").build(),
                        "/CFItems/1"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("itemProblems")
    void rejectsAnInvalidItemWithAPointerToIt(String problem, JsonArray items, String pointer) {
        ProficioException e = rejects(pkg(document(), items, associations()));

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of(pointer), pointers(e));
    }

    @Test
    void rejectsCFItemsThatIsNotAnArray() {
        JsonObject root = Json.createObjectBuilder().add("CFDocument", document()).add("CFItems", item("a")).build();

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of("/CFItems"), pointers(e));
    }

    @Test
    void usesTheCFItemTypeURITitleAsTypeWhenCFItemTypeIsAbsent() {
        JsonObject linked = Json.createObjectBuilder(item("a"))
                .add("CFItemTypeURI", Json.createObjectBuilder()
                        .add("title", "Skill").add("identifier", "t1").add("uri", "https://example.org/t1"))
                .build();
        JsonObject both = Json.createObjectBuilder(item("b"))
                .add("CFItemType", "Competency")
                .add("CFItemTypeURI", Json.createObjectBuilder().add("title", "Skill").add("identifier", "t1"))
                .build();

        CasePackage parsed = CasePackageParser.parse(pkg(document(), items(linked, both, item("c")), associations()));

        assertEquals("Skill", parsed.items().get(0).itemType());
        assertEquals("Competency", parsed.items().get(1).itemType());
        assertNull(parsed.items().get(2).itemType());
    }

    // ---------------------------------------------------------------- associations

    static Stream<Arguments> associationProblems() {
        return Stream.of(
                Arguments.of("no associationType",
                        Json.createObjectBuilder(childOf("x", "a", DOC)).remove("associationType").build(),
                        "/CFAssociations/1/associationType"),
                Arguments.of("no originNodeURI",
                        Json.createObjectBuilder(childOf("x", "a", DOC)).remove("originNodeURI").build(),
                        "/CFAssociations/1/originNodeURI"),
                Arguments.of("originNodeURI without identifier",
                        Json.createObjectBuilder(childOf("x", "a", DOC))
                                .add("originNodeURI", Json.createObjectBuilder().add("uri", "https://example.org/a"))
                                .build(),
                        "/CFAssociations/1/originNodeURI"),
                Arguments.of("no destinationNodeURI",
                        Json.createObjectBuilder(childOf("x", "a", DOC)).remove("destinationNodeURI").build(),
                        "/CFAssociations/1/destinationNodeURI"),
                Arguments.of("no identifier",
                        Json.createObjectBuilder(childOf("x", "a", DOC)).remove("identifier").build(),
                        "/CFAssociations/1/identifier"),
                Arguments.of("duplicate identifier", childOf("as0", "b", DOC), "/CFAssociations/1/identifier"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("associationProblems")
    void rejectsAnIncompleteAssociationWithAPointerToIt(String problem, JsonObject second, String pointer) {
        JsonObject root = pkg(document(), items(item("a"), item("b")), associations(childOf("as0", "a", DOC), second));

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of(pointer), pointers(e));
    }

    static Stream<Arguments> danglingOrigins() {
        return Stream.of(
                Arguments.of("isChildOf from an unknown node", childOf("as1", "elsewhere", DOC)),
                Arguments.of("exactMatchOf from an unknown node", association("as1", "exactMatchOf", "elsewhere", "a")),
                Arguments.of("isChildOf from the document itself", childOf("as1", DOC, "a")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("danglingOrigins")
    void rejectsAnAssociationWhoseOriginIsNotAnItemOfThePackage(String problem, JsonObject second) {
        JsonObject root = pkg(document(), items(item("a"), item("b")), associations(childOf("as0", "a", DOC), second));

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.DANGLING_REFERENCE, e.code());
        assertEquals(List.of("/CFAssociations/1/originNodeURI/identifier"), pointers(e));
    }

    @Test
    void rejectsIsChildOfPointingOutsideThePackage() {
        JsonObject root = pkg(document(), items(item("a"), item("b")),
                associations(childOf("as0", "a", DOC), childOf("as1", "b", "another-framework-item")));

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.DANGLING_REFERENCE, e.code());
        assertEquals(List.of("/CFAssociations/1/destinationNodeURI/identifier"), pointers(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {"exactMatchOf", "isRelatedTo", "precedes"})
    void acceptsAndKeepsANonHierarchyAssociationPointingOutsideThePackage(String type) {
        JsonObject outside = association("as1", type, "a", "other-framework-item");
        JsonObject root = pkg(document(), items(item("a")), associations(childOf("as0", "a", DOC), outside));

        CasePackage parsed = CasePackageParser.parse(root);

        assertEquals(2, parsed.associations().size());
        CaseAssociation kept = parsed.associations().get(1);
        assertEquals(type, kept.type());
        assertEquals("a", kept.origin().identifier());
        assertEquals("other-framework-item", kept.destination().identifier());
        assertEquals(outside, kept.json());
        assertEquals(List.of("a"), parsed.hierarchy().roots());
    }

    @Test
    void acceptsIsChildOfPointingAtTheDocumentOrAnItem() {
        JsonObject root = pkg(document(), items(item("a"), item("b")),
                associations(childOf("as0", "a", DOC), childOf("as1", "b", "a")));

        CasePackage parsed = CasePackageParser.parse(root);

        assertEquals(List.of("a"), parsed.hierarchy().roots());
        assertEquals(List.of("b"), parsed.hierarchy().children("a"));
    }

    @Test
    void readsSequenceNumbersGivenAsNumbersOrNumericStrings() {
        JsonObject asString = Json.createObjectBuilder(childOf("as1", "b", DOC)).add("sequenceNumber", "2").build();
        JsonObject root = pkg(document(), items(item("a"), item("b"), item("c")),
                associations(childOf("as0", "a", DOC, 3), asString, childOf("as2", "c", DOC)));

        CasePackage parsed = CasePackageParser.parse(root);

        assertEquals(3, parsed.associations().get(0).sequenceNumber());
        assertEquals(2, parsed.associations().get(1).sequenceNumber());
        assertNull(parsed.associations().get(2).sequenceNumber());
        assertEquals(List.of("b", "a", "c"), parsed.hierarchy().roots());
    }

    // ---------------------------------------------------------------- cycles

    static Stream<Arguments> cycles() {
        return Stream.of(
                Arguments.of("a -> b -> a", associations(childOf("as0", "a", "b"), childOf("as1", "b", "a"))),
                Arguments.of("self-loop", associations(childOf("as0", "a", DOC), childOf("as1", "b", "b"))),
                Arguments.of("cycle below the document",
                        associations(childOf("as0", "a", DOC), childOf("as1", "b", "a"), childOf("as2", "c", "b"),
                                childOf("as3", "a", "c"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cycles")
    void rejectsACycleOfIsChildOf(String shape, JsonArray associations) {
        JsonObject root = pkg(document(), items(item("a"), item("b"), item("c")), associations);

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.HIERARCHY_CYCLE, e.code());
        assertEquals(List.of("/CFAssociations"), pointers(e));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void namesTheItemsOfTheCycleInTheDetail() {
        JsonObject root = pkg(document(), items(item("a"), item("b")),
                associations(childOf("as0", "a", "b"), childOf("as1", "b", "a")));

        ProficioException e = rejects(root);

        String detail = e.violations().get(0).detail();
        assertTrue(detail.contains("a -> b -> a") || detail.contains("b -> a -> b"), detail);
    }

    @Test
    void doesNotTreatACycleOfOtherAssociationTypesAsAHierarchyCycle() {
        JsonObject root = pkg(document(), items(item("a"), item("b")),
                associations(association("as0", "isRelatedTo", "a", "b"), association("as1", "isRelatedTo", "b", "a")));

        CasePackage parsed = CasePackageParser.parse(root);

        assertEquals(List.of("a", "b"), parsed.hierarchy().roots());
    }

    // ---------------------------------------------------------------- several problems

    @Test
    void reportsEveryStructuralProblemAtOnce() {
        JsonObject root = pkg(
                documentBuilder().remove("title").build(),
                items(Json.createObjectBuilder().add("identifier", "a").build(), item("b"), item("b")),
                associations(Json.createObjectBuilder(childOf("as0", "a", DOC)).remove("associationType").build()));

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.INVALID_CASE_PACKAGE, e.code());
        assertEquals(List.of("/CFDocument/title", "/CFItems/0/fullStatement", "/CFItems/2/identifier",
                "/CFAssociations/0/associationType"), pointers(e));
        assertEquals("The CASE package is not valid (4 problems)", e.getMessage());
    }

    @Test
    void reportsEveryDanglingReferenceAtOnce() {
        JsonObject root = pkg(document(), items(item("a")),
                associations(childOf("as0", "ghost", DOC), childOf("as1", "a", "nowhere"),
                        association("as2", "exactMatchOf", "phantom", "elsewhere")));

        ProficioException e = rejects(root);

        assertEquals(ErrorCode.DANGLING_REFERENCE, e.code());
        assertEquals(List.of("/CFAssociations/0/originNodeURI/identifier",
                "/CFAssociations/1/destinationNodeURI/identifier",
                "/CFAssociations/2/originNodeURI/identifier"), pointers(e));
    }

    // ---------------------------------------------------------------- helpers

    private static ProficioException rejects(JsonObject root) {
        return assertThrows(ProficioException.class, () -> CasePackageParser.parse(root));
    }

    private static List<String> pointers(ProficioException e) {
        return e.violations().stream().map(Violation::pointer).toList();
    }

    private static String demoText() {
        try (InputStream in = CasePackageParserTest.class.getResourceAsStream("/demo/underwriter.case.json")) {
            assertNotNull(in, "demo package on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObjectBuilder documentBuilder() {
        return Json.createObjectBuilder().add("identifier", DOC).add("title", "A framework");
    }

    private static JsonObject document() {
        return documentBuilder().build();
    }

    static JsonObject item(String identifier) {
        return Json.createObjectBuilder().add("identifier", identifier).add("fullStatement", "Statement " + identifier)
                .build();
    }

    static JsonArray items(JsonObject... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject item : items) {
            array.add(item);
        }
        return array.build();
    }

    static JsonObject association(String identifier, String type, String origin, String destination) {
        return Json.createObjectBuilder()
                .add("identifier", identifier)
                .add("associationType", type)
                .add("originNodeURI", Json.createObjectBuilder().add("identifier", origin).add("title", origin))
                .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", destination))
                .build();
    }

    static JsonObject childOf(String identifier, String child, String parent) {
        return association(identifier, CaseAssociation.IS_CHILD_OF, child, parent);
    }

    static JsonObject childOf(String identifier, String child, String parent, int sequenceNumber) {
        return Json.createObjectBuilder(childOf(identifier, child, parent)).add("sequenceNumber", sequenceNumber).build();
    }

    static JsonArray associations(JsonObject... associations) {
        return items(associations);
    }

    private static JsonObject pkg(JsonObject document, JsonArray items, JsonArray associations) {
        return Json.createObjectBuilder()
                .add("CFDocument", document)
                .add("CFItems", items)
                .add("CFAssociations", associations)
                .build();
    }
}
