package io.proficio.xapi.statement;

import static io.proficio.xapi.statement.TestJson.json;
import static io.proficio.xapi.statement.TestJson.locations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResultRulesTest {

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("full valid result", "{'score': {'scaled': -1, 'raw': 0, 'min': 0, 'max': 1},"
                        + " 'success': true, 'completion': false, 'response': 'a', 'duration': 'PT1.5S',"
                        + " 'extensions': {'http://example.com/ext': null}}", Set.of()),
                Arguments.of("scaled exactly 1", "{'score': {'scaled': 1}}", Set.of()),
                Arguments.of("scaled below -1", "{'score': {'scaled': -1.01}}", Set.of("/result/score/scaled")),
                Arguments.of("scaled as string", "{'score': {'scaled': '0.5'}}", Set.of("/result/score/scaled")),
                Arguments.of("raw below min without max", "{'score': {'raw': -1, 'min': 0}}", Set.of("/result/score/raw")),
                Arguments.of("raw above max without min", "{'score': {'raw': 11, 'max': 10}}", Set.of("/result/score/raw")),
                Arguments.of("min above max", "{'score': {'min': 5, 'max': 1}}", Set.of("/result/score/max")),
                Arguments.of("unknown score property", "{'score': {'percent': 50}}", Set.of("/result/score/percent")),
                Arguments.of("completion as string", "{'completion': 'true'}", Set.of("/result/completion")),
                Arguments.of("response as number", "{'response': 42}", Set.of("/result/response")),
                Arguments.of("duration without P", "{'duration': 'T1H'}", Set.of("/result/duration")),
                Arguments.of("extensions not an object", "{'extensions': []}", Set.of("/result/extensions")),
                Arguments.of("unknown result property", "{'grade': 'A'}", Set.of("/result/grade")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void checksResult(String name, String result, Set<String> expectedPointers) {
        Violations out = new Violations(0);
        ResultRules.result(json(result), "/result", out);
        assertEquals(expectedPointers, Set.copyOf(locations(out.found()).stream()
                .map(l -> l.substring(l.indexOf(':') + 1)).toList()));
    }
}
