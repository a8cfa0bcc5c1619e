package io.proficio.domain.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementMatchingTest {

    private static final String COURSE = "https://lms.example.com/course/7";
    private static final String QUIZ = "https://lms.example.com/course/7/quiz/3";

    static Stream<Arguments> candidateActivities() {
        return Stream.of(
                arguments("the object alone", "{\"object\":{\"id\":\"" + QUIZ + "\"}}", List.of(QUIZ)),
                arguments("the object, then parent and grouping",
                        "{\"object\":{\"objectType\":\"Activity\",\"id\":\"" + QUIZ + "\"},\"context\":{\"contextActivities\":"
                                + "{\"grouping\":[{\"id\":\"g\"}],\"parent\":[{\"id\":\"" + COURSE + "\"}]}}}",
                        List.of(QUIZ, COURSE, "g")),
                arguments("a single parent object, not in an array (xAPI 1.0.x allowed it)",
                        "{\"object\":{\"id\":\"" + QUIZ + "\"},\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"p\"}}}}",
                        List.of(QUIZ, "p")),
                arguments("category and other activities do not count",
                        "{\"object\":{\"id\":\"" + QUIZ + "\"},\"context\":{\"contextActivities\":"
                                + "{\"category\":[{\"id\":\"c\"}],\"other\":[{\"id\":\"o\"}]}}}",
                        List.of(QUIZ)),
                arguments("an Agent as object: only the context",
                        "{\"object\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:a@example.com\"},"
                                + "\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"" + COURSE + "\"}]}}}",
                        List.of(COURSE)),
                arguments("each activity once", "{\"object\":{\"id\":\"" + QUIZ + "\"},\"context\":{\"contextActivities\":"
                        + "{\"parent\":[{\"id\":\"" + QUIZ + "\"}],\"grouping\":[{\"id\":\"" + QUIZ + "\"}]}}}", List.of(QUIZ)),
                arguments("a StatementRef has no activity", "{\"object\":{\"objectType\":\"StatementRef\",\"id\":\"x\"}}",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void candidateActivities(String what, String json, List<String> expected) {
        assertEquals(expected, StatementMatching.candidates(Statement.parse(json)));
    }

    private static Alignment aligned(String competency, ContentType type, String ref, int level) {
        return new Alignment(AlignmentId.generate(), new TenantId("t"), new CompetencyId(competency),
                new ContentRef(type, ref), level, Instant.EPOCH);
    }

    /** competency → level of the winning alignment, and which content it named. */
    private static Map<String, String> winners(List<String> candidates, List<Alignment> exact, List<Alignment> prefixes) {
        Map<String, List<Alignment>> byRef = exact.stream().collect(Collectors.groupingBy(a -> a.content().ref()));
        return StatementMatching.strongest(candidates, iri -> byRef.getOrDefault(iri, List.of()), prefixes)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().level() + "@" + e.getValue().content().ref()));
    }

    static Stream<Arguments> strongestAlignment() {
        Alignment quizAt3 = aligned("risk", ContentType.XAPI_ACTIVITY, QUIZ, 3);
        Alignment courseAt4 = aligned("risk", ContentType.COURSE, COURSE, 4);
        Alignment prefixAt2 = aligned("risk", ContentType.XAPI_ACTIVITY_PREFIX, "https://lms.example.com/", 2);
        Alignment prefixAt5 = aligned("risk", ContentType.XAPI_ACTIVITY_PREFIX, "https://lms.example.com/course/7/", 5);
        Alignment otherQuiz = aligned("claims", ContentType.XAPI_ACTIVITY, QUIZ, 1);
        Alignment elsewhere = aligned("risk", ContentType.XAPI_ACTIVITY_PREFIX, "https://other.example.com/", 5);
        return Stream.of(
                arguments("nothing matches", List.of(QUIZ), List.of(), List.of(elsewhere), Map.of()),
                arguments("the exact activity", List.of(QUIZ), List.of(quizAt3), List.of(), Map.of("risk", "3@" + QUIZ)),
                arguments("the parent course's higher level wins", List.of(QUIZ, COURSE), List.of(quizAt3, courseAt4),
                        List.of(), Map.of("risk", "4@" + COURSE)),
                arguments("a prefix at a lower level loses to the exact match", List.of(QUIZ), List.of(quizAt3),
                        List.of(prefixAt2), Map.of("risk", "3@" + QUIZ)),
                arguments("a longer prefix at a higher level wins", List.of(QUIZ), List.of(quizAt3),
                        List.of(prefixAt2, prefixAt5), Map.of("risk", "5@https://lms.example.com/course/7/")),
                arguments("each competency its own winner", List.of(QUIZ), List.of(quizAt3, otherQuiz), List.of(),
                        Map.of("risk", "3@" + QUIZ, "claims", "1@" + QUIZ)),
                arguments("a prefix matches the start of the IRI only", List.of("https://x.example.com/?https://lms.example.com/"),
                        List.of(), List.of(prefixAt2), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void strongestAlignment(String what, List<String> candidates, List<Alignment> exact, List<Alignment> prefixes,
                            Map<String, String> expected) {
        assertEquals(expected, winners(candidates, exact, prefixes));
    }

    @Test
    void onEqualLevelsTheFirstCandidatesAlignmentWins() {
        Alignment quiz = aligned("risk", ContentType.XAPI_ACTIVITY, QUIZ, 3);
        Alignment course = aligned("risk", ContentType.COURSE, COURSE, 3);
        assertEquals(Map.of("risk", "3@" + QUIZ), winners(List.of(QUIZ, COURSE), List.of(course, quiz), List.of()));
        assertEquals(Map.of("risk", "3@" + COURSE), winners(List.of(COURSE, QUIZ), List.of(course, quiz), List.of()));
    }

    static Stream<Arguments> factsTheRulesRead() {
        String cmi5 = "\"context\":{\"contextActivities\":{\"category\":[{\"id\":\"" + Verbs.CMI5_CATEGORY + "\"}]},"
                + "\"extensions\":{\"" + Verbs.MASTERY_SCORE_EXTENSION + "\":0.8}}";
        return Stream.of(
                arguments("a bare verb", "{\"verb\":{\"id\":\"" + Verbs.COMPLETED + "\"}}",
                        StatementFacts.of(Verbs.COMPLETED)),
                arguments("success, completion and a scaled score",
                        "{\"verb\":{\"id\":\"" + Verbs.PASSED + "\"},\"result\":{\"success\":true,\"completion\":false,"
                                + "\"score\":{\"scaled\":0.75}}}",
                        StatementFacts.of(Verbs.PASSED).withSuccess(true).withCompletion(false).withScaledScore(0.75)),
                arguments("values of the wrong type read as absent",
                        "{\"verb\":{\"id\":\"" + Verbs.PASSED + "\"},\"result\":{\"success\":\"yes\",\"score\":{\"scaled\":\"1\"}}}",
                        StatementFacts.of(Verbs.PASSED)),
                arguments("cmi5: its category and the AU's masteryScore",
                        "{\"verb\":{\"id\":\"" + Verbs.PASSED + "\"},\"result\":{\"score\":{\"scaled\":0.9}}," + cmi5 + "}",
                        StatementFacts.of(Verbs.PASSED).withScaledScore(0.9).asCmi5().withMasteryScore(0.8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void factsTheRulesRead(String what, String json, StatementFacts expected) {
        assertEquals(expected, StatementMatching.facts(Statement.parse(json)));
    }

    @Test
    void aStatementReadsItsNamedParts() {
        Statement statement = Statement.parse("{\"id\":\"S1\",\"actor\":{\"name\":\"Sam\",\"mbox\":\"mailto:s@example.com\"},"
                + "\"verb\":{\"id\":\"" + Verbs.VOIDED + "\"},\"object\":{\"objectType\":\"StatementRef\",\"id\":\"ABC\"},"
                + "\"timestamp\":\"2026-01-02T03:04:05.678+01:00\",\"context\":{\"registration\":\"R-1\"}}");
        assertEquals(Optional.of("S1"), statement.id());
        assertEquals(Optional.of("Sam"), statement.actorName());
        assertEquals(Optional.empty(), statement.objectActivityId());
        assertEquals(Optional.of("abc"), statement.statementRefId());
        assertEquals(Optional.of(Instant.parse("2026-01-02T02:04:05.678Z")), statement.timestamp());
        assertEquals(Optional.of("R-1"), statement.context("registration"));
        assertEquals(OptionalDouble.empty(), statement.scaledScore());
        assertEquals(statement, Statement.of(statement.toJson()));
    }

    @Test
    void anUnreadableTimestampReadsAsNone() {
        assertEquals(Optional.empty(), Statement.parse("{\"timestamp\":\"yesterday\"}").timestamp());
    }
}
