package io.proficio.domain.statement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamSpecTest {

    private static final UpstreamSpec VALID = new UpstreamSpec("Corporate LRS", "https://lrs.example.com/xapi/",
            "proficio", "s3cret", null, null, null, null);

    @Test
    void fillsInTheDefaults() {
        UpstreamSpec checked = VALID.checked(true);

        assertAll(
                () -> assertEquals(60, checked.pollSeconds()),
                () -> assertTrue(checked.enabled()),
                () -> assertNull(checked.activity()),
                () -> assertNull(checked.verb()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://lrs.example.com/xapi", "https://lrs.example.com/xapi/", " https://lrs.example.com/xapi \n"})
    void keepsTheEndpointWithOneTrailingSlash(String endpoint) {
        assertEquals("https://lrs.example.com/xapi/", with(s -> copy(s, "endpoint", endpoint)).checked(true).endpoint());
    }

    @Test
    void givesAnEndpointWithoutPathTheRootPath() {
        assertEquals("http://127.0.0.1:8081/", with(s -> copy(s, "endpoint", "http://127.0.0.1:8081")).checked(true).endpoint());
    }

    @Test
    void stripsTheNameAndTheFilters() {
        UpstreamSpec checked = new UpstreamSpec("  LRS  ", "https://lrs.example.com/xapi/", "u", "p",
                " https://example.com/activities/1 ", "http://adlnet.gov/expapi/verbs/passed\t", 5, false).checked(true);

        assertAll(
                () -> assertEquals("LRS", checked.name()),
                () -> assertEquals("https://example.com/activities/1", checked.activity()),
                () -> assertEquals("http://adlnet.gov/expapi/verbs/passed", checked.verb()),
                () -> assertEquals(5, checked.pollSeconds()),
                () -> assertFalse(checked.enabled()));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 60, 86_400})
    void acceptsPollIntervalsFromFiveSecondsToADay(int seconds) {
        assertEquals(seconds, with(s -> copy(s, "pollSeconds", seconds)).checked(true).pollSeconds());
    }

    static Stream<Arguments> invalidSpecs() {
        return Stream.of(
                Arguments.of("no name", (UnaryOperator<UpstreamSpec>) s -> copy(s, "name", null), List.of("/name")),
                Arguments.of("blank name", (UnaryOperator<UpstreamSpec>) s -> copy(s, "name", "  "), List.of("/name")),
                Arguments.of("name of 201", (UnaryOperator<UpstreamSpec>) s -> copy(s, "name", "n".repeat(201)), List.of("/name")),
                Arguments.of("no endpoint", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint", null), List.of("/endpoint")),
                Arguments.of("ftp endpoint", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint", "ftp://x"), List.of("/endpoint")),
                Arguments.of("relative endpoint", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint", "/xapi/"), List.of("/endpoint")),
                Arguments.of("endpoint with user info", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint",
                        "https://u:p@lrs.example.com/xapi/"), List.of("/endpoint")),
                Arguments.of("endpoint with query", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint",
                        "https://lrs.example.com/xapi/?tenant=1"), List.of("/endpoint")),
                Arguments.of("endpoint with fragment", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint",
                        "https://lrs.example.com/xapi/#top"), List.of("/endpoint")),
                Arguments.of("endpoint not a URL", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint",
                        "https://lrs example.com/"), List.of("/endpoint")),
                Arguments.of("endpoint too long", (UnaryOperator<UpstreamSpec>) s -> copy(s, "endpoint",
                        "https://lrs.example.com/" + "x".repeat(2000)), List.of("/endpoint")),
                Arguments.of("no username", (UnaryOperator<UpstreamSpec>) s -> copy(s, "username", null), List.of("/username")),
                Arguments.of("blank username", (UnaryOperator<UpstreamSpec>) s -> copy(s, "username", " "), List.of("/username")),
                Arguments.of("username with colon", (UnaryOperator<UpstreamSpec>) s -> copy(s, "username", "a:b"), List.of("/username")),
                Arguments.of("no password", (UnaryOperator<UpstreamSpec>) s -> copy(s, "password", null), List.of("/password")),
                Arguments.of("blank password", (UnaryOperator<UpstreamSpec>) s -> copy(s, "password", ""), List.of("/password")),
                Arguments.of("password over 1000 bytes", (UnaryOperator<UpstreamSpec>) s -> copy(s, "password", "é".repeat(501)),
                        List.of("/password")),
                Arguments.of("relative activity", (UnaryOperator<UpstreamSpec>) s -> copy(s, "activity", "activities/1"),
                        List.of("/activity")),
                Arguments.of("blank activity", (UnaryOperator<UpstreamSpec>) s -> copy(s, "activity", ""), List.of("/activity")),
                Arguments.of("verb with a space", (UnaryOperator<UpstreamSpec>) s -> copy(s, "verb", "http://adlnet.gov/my verb"),
                        List.of("/verb")),
                Arguments.of("poll of 4 s", (UnaryOperator<UpstreamSpec>) s -> copy(s, "pollSeconds", 4), List.of("/pollSeconds")),
                Arguments.of("poll of 1 s", (UnaryOperator<UpstreamSpec>) s -> copy(s, "pollSeconds", 1), List.of("/pollSeconds")),
                Arguments.of("poll over a day", (UnaryOperator<UpstreamSpec>) s -> copy(s, "pollSeconds", 86_401), List.of("/pollSeconds")),
                Arguments.of("everything at once", (UnaryOperator<UpstreamSpec>) s -> new UpstreamSpec(null, "ftp://x", "a:b", null,
                        "x", "y", 1, null), List.of("/name", "/endpoint", "/username", "/password", "/activity", "/verb",
                        "/pollSeconds")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidSpecs")
    void refusesWithAPointerToEachWrongField(String problem, UnaryOperator<UpstreamSpec> change, List<String> pointers) {
        ProficioException refused = assertThrows(ProficioException.class, () -> with(change).checked(true));

        assertEquals(ErrorCode.INVALID_REQUEST, refused.code());
        assertEquals(pointers, refused.violations().stream().map(Violation::pointer).toList());
    }

    @Test
    void letsAnUpdateKeepThePasswordButNotBlankIt() {
        assertNull(with(s -> copy(s, "password", null)).checked(false).password());
        ProficioException refused = assertThrows(ProficioException.class,
                () -> with(s -> copy(s, "password", " ")).checked(false));
        assertEquals(List.of("/password"), refused.violations().stream().map(Violation::pointer).toList());
    }

    @Test
    void neverEchoesAPasswordGivenInTheEndpoint() {
        ProficioException refused = assertThrows(ProficioException.class,
                () -> with(s -> copy(s, "endpoint", "https://u:hunter22@lrs.example.com/")).checked(true));

        assertFalse(refused.getMessage().contains("hunter22"));
        assertFalse(refused.violations().get(0).detail().contains("hunter22"));
    }

    @Test
    void toStringHidesThePassword() {
        assertFalse(VALID.toString().contains("s3cret"));
    }

    private static UpstreamSpec with(UnaryOperator<UpstreamSpec> change) {
        return change.apply(VALID);
    }

    private static UpstreamSpec copy(UpstreamSpec s, String field, Object value) {
        return new UpstreamSpec(
                field.equals("name") ? (String) value : s.name(),
                field.equals("endpoint") ? (String) value : s.endpoint(),
                field.equals("username") ? (String) value : s.username(),
                field.equals("password") ? (String) value : s.password(),
                field.equals("activity") ? (String) value : s.activity(),
                field.equals("verb") ? (String) value : s.verb(),
                field.equals("pollSeconds") ? (Integer) value : s.pollSeconds(),
                s.enabled());
    }
}
