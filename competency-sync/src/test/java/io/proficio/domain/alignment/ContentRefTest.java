package io.proficio.domain.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import io.proficio.domain.error.Violations;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentRefTest {

    private static final String POINTER = "/content";

    static Stream<Arguments> validRefs() {
        return Stream.of(
                Arguments.of("xapi-activity", "https://lms.example.org/activities/42", ContentType.XAPI_ACTIVITY),
                Arguments.of("xapi-activity", "urn:uuid:6f0c8c2e-2f5a-4c6a-9d0a-0d6c3b2c1e11", ContentType.XAPI_ACTIVITY),
                Arguments.of("xapi-activity", "http://example.org/aktivität/übung", ContentType.XAPI_ACTIVITY),
                Arguments.of("xapi-activity-prefix", "https://lms.example.org/courses/uw-101/", ContentType.XAPI_ACTIVITY_PREFIX),
                Arguments.of("lti-resource-link", "rl-7f3a", ContentType.LTI_RESOURCE_LINK),
                Arguments.of("lti-resource-link", "not an IRI at all", ContentType.LTI_RESOURCE_LINK),
                Arguments.of("course", "UW-101", ContentType.COURSE),
                Arguments.of("course", "courses/uw-101", ContentType.COURSE),
                Arguments.of("course", "https://lms.example.org/course/view.php?id=7", ContentType.COURSE));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("validRefs")
    void parsesAValidReference(String type, String ref, ContentType expected) {
        Violations violations = new Violations();

        ContentRef parsed = ContentRef.parse(type, ref, POINTER, violations);

        assertTrue(violations.isEmpty(), "no violation expected");
        assertEquals(new ContentRef(expected, ref), parsed);
    }

    @Test
    void stripsTheReference() {
        Violations violations = new Violations();

        ContentRef parsed = ContentRef.parse("xapi-activity", "  https://lms.example.org/a/1 \n", POINTER, violations);

        assertTrue(violations.isEmpty());
        assertEquals("https://lms.example.org/a/1", parsed.ref());
    }

    static Stream<Arguments> invalidRefs() {
        return Stream.of(
                Arguments.of("unknown type", "video", "https://example.org/v/1", List.of("/content/type")),
                Arguments.of("type in the wrong case", "Course", "UW-101", List.of("/content/type")),
                Arguments.of("enum name instead of API value", "XAPI_ACTIVITY", "https://example.org/a", List.of("/content/type")),
                Arguments.of("missing type", null, "UW-101", List.of("/content/type")),
                Arguments.of("missing ref", "course", null, List.of("/content/ref")),
                Arguments.of("blank ref", "lti-resource-link", "   ", List.of("/content/ref")),
                Arguments.of("unknown type and blank ref", "video", "", List.of("/content/type", "/content/ref")),
                Arguments.of("relative IRI for xapi-activity", "xapi-activity", "activities/42", List.of("/content/ref")),
                Arguments.of("absolute path for xapi-activity", "xapi-activity", "/activities/42", List.of("/content/ref")),
                Arguments.of("network-path reference for xapi-activity", "xapi-activity", "//lms.example.org/a/42",
                        List.of("/content/ref")),
                Arguments.of("host without scheme for xapi-activity-prefix", "xapi-activity-prefix", "lms.example.org/courses/",
                        List.of("/content/ref")),
                Arguments.of("space inside an xapi-activity IRI", "xapi-activity", "https://lms.example.org/my activity",
                        List.of("/content/ref")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidRefs")
    void recordsAViolationForAnInvalidReference(String problem, String type, String ref, List<String> pointers) {
        Violations violations = new Violations();

        ContentRef parsed = ContentRef.parse(type, ref, POINTER, violations);

        assertNull(parsed);
        assertEquals(pointers, pointersOf(violations));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/alignments/3/content", ""})
    void recordsViolationsUnderTheGivenPointer(String pointer) {
        Violations violations = new Violations();

        ContentRef.parse("xapi-activity", "relative/iri", pointer, violations);

        assertEquals(List.of(pointer + "/ref"), pointersOf(violations));
    }

    @Test
    void addsToViolationsAlreadyRecorded() {
        Violations violations = new Violations().add(ErrorCode.UNKNOWN_REFERENCE, "/competencyId", "unknown");

        ContentRef.parse("video", "x", POINTER, violations);

        ProficioException e = assertThrows(ProficioException.class, () -> violations.throwIfAny("invalid"));
        assertEquals(ErrorCode.UNKNOWN_REFERENCE, e.code());
        assertEquals(List.of("/competencyId", "/content/type"), e.violations().stream().map(Violation::pointer).toList());
    }

    private static List<String> pointersOf(Violations violations) {
        try {
            violations.throwIfAny("invalid");
        } catch (ProficioException e) {
            assertEquals(ErrorCode.INVALID_REQUEST, e.code());
            return e.violations().stream().map(Violation::pointer).toList();
        }
        return List.of();
    }
}
