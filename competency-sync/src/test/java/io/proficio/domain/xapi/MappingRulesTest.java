package io.proficio.domain.xapi;

import static io.proficio.domain.xapi.MappingOutcome.Reason.COMPLETION_ONLY;
import static io.proficio.domain.xapi.MappingOutcome.Reason.NOT_AN_OUTCOME;
import static io.proficio.domain.xapi.MappingOutcome.Reason.NO_SCORE;
import static io.proficio.domain.xapi.MappingOutcome.Reason.UNKNOWN_VERB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingOutcome.Evidence;
import io.proficio.domain.xapi.MappingOutcome.NoEvidence;
import io.proficio.domain.xapi.MappingOutcome.Reason;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MappingRulesTest {

    /** The default five-level scale: scaled 0.1 → 1, 0.3 → 2, 0.5/0.6 → 3, 0.8/0.85 → 4, 0.9/1 → 5. */
    private static final Scale SCALE = fiveLevels();
    private static final MappingRules DEFAULTS = MappingRules.defaults();
    private static final String CERTIFIED = "https://example.com/verbs/certified";

    /** A tenant that counts no bare completion, counts watched videos as awareness, and does not honour waivers. */
    private static final MappingRules EDITED = DEFAULTS
            .with(new MappingRule(Verbs.COMPLETED, Effect.COMPLETION_ONLY))
            .with(new MappingRule(Verbs.EXPERIENCED, Effect.COMPLETION_LEVEL))
            .with(new MappingRule(Verbs.WAIVED, Effect.NOT_AN_OUTCOME))
            .with(new MappingRule(CERTIFIED, Effect.ALIGNED_LEVEL))
            .without(Verbs.MASTERED);

    static Stream<Arguments> statements() {
        return Stream.of(
                // ------------------------------------------------------------ passed, mastered
                row("passed evidences the aligned level", DEFAULTS, f(Verbs.PASSED), 3, ev(3, "passed")),
                row("mastered evidences the aligned level", DEFAULTS, f(Verbs.MASTERED), 3, ev(3, "mastered")),
                row("passed with success true evidences the aligned level", DEFAULTS,
                        f(Verbs.PASSED).withSuccess(true), 3, ev(3, "passed")),
                row("passed: a high score is capped at the aligned level", DEFAULTS,
                        f(Verbs.PASSED).withScaledScore(0.9), 3, ev(3, "passed-score")),
                row("passed: a low score lowers the level", DEFAULTS,
                        f(Verbs.PASSED).withScaledScore(0.3), 3, ev(2, "passed-score")),
                row("passed: a perfect score on top-level content is the top level", DEFAULTS,
                        f(Verbs.PASSED).withScaledScore(1.0), 5, ev(5, "passed-score")),
                row("passed: a negative score is the lowest level", DEFAULTS,
                        f(Verbs.PASSED).withScaledScore(-0.5), 3, ev(1, "passed-score")),
                row("cmi5 passed above masteryScore evidences the aligned level", DEFAULTS,
                        f(Verbs.PASSED).asCmi5().withMoveOn(MoveOn.PASSED).withSuccess(true)
                                .withScaledScore(0.85).withMasteryScore(0.8), 3, ev(3, "passed-score")),
                row("passed with success false is a failure", DEFAULTS,
                        f(Verbs.PASSED).withSuccess(false), 3, ev(2, "passed-unsuccessful")),

                // ------------------------------------------------------------ failed
                row("failed evidences one level below the aligned level", DEFAULTS,
                        f(Verbs.FAILED), 3, ev(2, "failed")),
                row("failed on level-1 content stays at level 1", DEFAULTS, f(Verbs.FAILED), 1, ev(1, "failed")),
                row("failed: a high score is capped below the aligned level", DEFAULTS,
                        f(Verbs.FAILED).withScaledScore(0.9), 3, ev(2, "failed-score")),
                row("failed: a low score gives its own level", DEFAULTS,
                        f(Verbs.FAILED).withScaledScore(0.1), 4, ev(1, "failed-score")),
                row("failed with success true is still a failure", DEFAULTS,
                        f(Verbs.FAILED).withSuccess(true), 3, ev(2, "failed")),

                // ------------------------------------------------------------ completed
                row("completed with success is as passed", DEFAULTS,
                        f(Verbs.COMPLETED).withSuccess(true), 3, ev(3, "completed-successful")),
                row("completed with success and a score is as passed with a score", DEFAULTS,
                        f(Verbs.COMPLETED).withSuccess(true).withScaledScore(0.3), 3,
                        ev(2, "completed-successful-score")),
                row("completed without success is completion at level 1", DEFAULTS,
                        f(Verbs.COMPLETED).withCompletion(true), 3, ev(1, "completion")),
                row("completed with success false is a failure", DEFAULTS,
                        f(Verbs.COMPLETED).withSuccess(false), 3, ev(2, "completed-unsuccessful")),

                // ------------------------------------------------------------ cmi5 moveOn
                row("cmi5 completed with moveOn Completed satisfies the AU", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withMoveOn(MoveOn.COMPLETED), 3, ev(3, "completed-moveon")),
                row("cmi5 completed with moveOn CompletedOrPassed satisfies the AU", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withMoveOn(MoveOn.COMPLETED_OR_PASSED), 3,
                        ev(3, "completed-moveon")),
                row("cmi5 completed with moveOn Passed is completion only", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withMoveOn(MoveOn.PASSED), 3, ev(1, "completion")),
                row("cmi5 completed with moveOn CompletedAndPassed is completion only", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withMoveOn(MoveOn.COMPLETED_AND_PASSED), 3, ev(1, "completion")),
                row("cmi5 completed with moveOn NotApplicable is completion only", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withMoveOn(MoveOn.NOT_APPLICABLE), 3, ev(1, "completion")),
                row("cmi5 completed without moveOn is completion only", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5(), 3, ev(1, "completion")),
                row("moveOn is ignored on a statement without the cmi5 category", DEFAULTS,
                        f(Verbs.COMPLETED).withMoveOn(MoveOn.COMPLETED), 3, ev(1, "completion")),

                // ------------------------------------------------------------ cmi5 masteryScore
                row("masteryScore: a score above it decides success", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withScaledScore(0.85).withMasteryScore(0.8), 3,
                        ev(3, "completed-successful-mastery-score")),
                row("masteryScore: a score equal to it is success", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withScaledScore(0.8).withMasteryScore(0.8), 4,
                        ev(4, "completed-successful-mastery-score")),
                row("masteryScore: a score below it is a failure", DEFAULTS,
                        f(Verbs.PASSED).asCmi5().withScaledScore(0.6).withMasteryScore(0.8), 3,
                        ev(2, "passed-unsuccessful-mastery-score")),
                row("masteryScore: a score below it fails a scored statement", DEFAULTS,
                        f(Verbs.SCORED).asCmi5().withScaledScore(0.5).withMasteryScore(0.8), 3,
                        ev(2, "scored-unsuccessful-mastery-score")),
                row("masteryScore does not override a success the statement states", DEFAULTS,
                        f(Verbs.PASSED).asCmi5().withSuccess(true).withScaledScore(0.6).withMasteryScore(0.8), 3,
                        ev(3, "passed-score")),
                row("masteryScore without a score decides nothing", DEFAULTS,
                        f(Verbs.COMPLETED).asCmi5().withMasteryScore(0.8), 3, ev(1, "completion")),

                // ------------------------------------------------------------ satisfied, waived
                row("cmi5 satisfied evidences the aligned level", DEFAULTS,
                        f(Verbs.SATISFIED).asCmi5(), 3, ev(3, "satisfied")),
                row("satisfied under https://adlnet.gov evidences the aligned level", DEFAULTS,
                        f(Verbs.SATISFIED_ADLNET_HTTPS).asCmi5(), 3, ev(3, "satisfied")),
                row("cmi5 waived evidences the aligned level", DEFAULTS,
                        f(Verbs.WAIVED).asCmi5().withSuccess(true).withCompletion(true), 4, ev(4, "waived")),

                // ------------------------------------------------------------ scored
                row("scored takes the level of the score", DEFAULTS,
                        f(Verbs.SCORED).withScaledScore(0.3), 3, ev(2, "scored")),
                row("scored is capped at the aligned level", DEFAULTS,
                        f(Verbs.SCORED).withScaledScore(0.9), 3, ev(3, "scored")),
                row("scored without a score is no evidence", DEFAULTS, f(Verbs.SCORED), 3, none(NO_SCORE)),
                row("scored with success false is a failure capped below the aligned level", DEFAULTS,
                        f(Verbs.SCORED).withSuccess(false).withScaledScore(0.9), 3,
                        ev(2, "scored-unsuccessful-score")),

                // ------------------------------------------------------------ not outcomes, unknown
                row("launched is not an outcome", DEFAULTS, f(Verbs.LAUNCHED), 3, none(NOT_AN_OUTCOME)),
                row("initialized is not an outcome", DEFAULTS, f(Verbs.INITIALIZED), 3, none(NOT_AN_OUTCOME)),
                row("terminated is not an outcome", DEFAULTS, f(Verbs.TERMINATED), 3, none(NOT_AN_OUTCOME)),
                row("attempted is not an outcome", DEFAULTS, f(Verbs.ATTEMPTED), 3, none(NOT_AN_OUTCOME)),
                row("experienced is not an outcome", DEFAULTS, f(Verbs.EXPERIENCED), 3, none(NOT_AN_OUTCOME)),
                row("progressed is not an outcome", DEFAULTS, f(Verbs.PROGRESSED), 3, none(NOT_AN_OUTCOME)),
                row("cmi5 abandoned is not an outcome", DEFAULTS, f(Verbs.ABANDONED).asCmi5(), 3,
                        none(NOT_AN_OUTCOME)),
                row("success false on a non-outcome verb is still no evidence", DEFAULTS,
                        f(Verbs.TERMINATED).withSuccess(false), 3, none(NOT_AN_OUTCOME)),
                row("a verb without a rule is unknown", DEFAULTS,
                        f("http://activitystrea.ms/schema/1.0/like"), 3, none(UNKNOWN_VERB)),
                row("verb IRIs compare case-sensitively", DEFAULTS,
                        f("http://adlnet.gov/expapi/verbs/Passed"), 3, none(UNKNOWN_VERB)),

                // ------------------------------------------------------------ a tenant's edited rules
                row("edited: completion only makes bare completion no evidence", EDITED,
                        f(Verbs.COMPLETED), 3, none(COMPLETION_ONLY)),
                row("edited: completion only still honours a cmi5 moveOn of Completed", EDITED,
                        f(Verbs.COMPLETED).asCmi5().withMoveOn(MoveOn.COMPLETED), 3, ev(3, "completed-moveon")),
                row("edited: completion only still counts a successful completion", EDITED,
                        f(Verbs.COMPLETED).withSuccess(true), 3, ev(3, "completed-successful")),
                row("edited: experienced counted as completion", EDITED,
                        f(Verbs.EXPERIENCED), 3, ev(1, "completion")),
                row("edited: waived no longer evidences", EDITED,
                        f(Verbs.WAIVED).asCmi5().withSuccess(true), 3, none(NOT_AN_OUTCOME)),
                row("edited: a tenant's own verb evidences the aligned level", EDITED,
                        f(CERTIFIED), 2, ev(2, "certified")),
                row("edited: a removed verb becomes unknown", EDITED, f(Verbs.MASTERED), 3, none(UNKNOWN_VERB)),
                row("edited: untouched defaults still apply", EDITED, f(Verbs.FAILED), 3, ev(2, "failed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void mapsStatementToEvidence(String behaviour, MappingRules rules, StatementFacts facts, int alignedLevel,
                                 MappingOutcome expected) {
        MappingOutcome actual = rules.map(facts, alignedLevel, SCALE);

        // Java 17: pattern matching in switch is still a preview, so instanceof it is.
        if (expected instanceof NoEvidence none) {
            assertEquals(none.reason(), actual instanceof NoEvidence got ? got.reason() : null, () -> "got " + actual);
        } else {
            assertEquals(expected, actual);
        }
    }

    @Test
    void refusesAnAlignedLevelOutsideTheScale() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.map(f(Verbs.PASSED), 6, SCALE));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.map(f(Verbs.PASSED), 0, SCALE));
    }

    @Test
    void refusesTwoRulesForOneVerb() {
        assertThrows(IllegalArgumentException.class, () -> new MappingRules(List.of(
                MappingRules.PASSED, new MappingRule(Verbs.PASSED, Effect.SCORE_LEVEL))));
    }

    @Test
    void editingReplacesTheVerbsRuleInPlace() {
        MappingRules edited = DEFAULTS.with(new MappingRule(Verbs.FAILED, Effect.NOT_AN_OUTCOME));

        assertEquals(DEFAULTS.rules().size(), edited.rules().size());
        assertEquals(DEFAULTS.rules().indexOf(MappingRules.FAILED),
                edited.rules().indexOf(new MappingRule(Verbs.FAILED, Effect.NOT_AN_OUTCOME)));
    }

    @Test
    void defaultsSurviveTheirTextForm() {
        assertEquals(DEFAULTS, MappingRules.parse(json(DEFAULTS.toJSONArray().toString())));
    }

    @Test
    void readsOneRuleFromItsTextForm() {
        assertEquals(new MappingRule(CERTIFIED, Effect.LEVEL_BELOW),
                MappingRule.parse(json("{\"verb\": \" " + CERTIFIED + " \", \"effect\": \"level-below\"}")));
    }

    static Stream<Arguments> invalidTexts() {
        return Stream.of(
                Arguments.of("not an array", "{\"verb\": \"x:y\", \"effect\": \"aligned-level\"}", List.of("")),
                Arguments.of("a rule that is not an object", "[\"passed\"]", List.of("/0")),
                Arguments.of("a rule without verb or effect", "[{}]", List.of("/0/verb", "/0/effect")),
                Arguments.of("a relative verb IRI and an unknown effect",
                        "[{\"verb\": \"passed\", \"effect\": \"full-marks\"}]", List.of("/0/verb", "/0/effect")),
                Arguments.of("a verb that is not a string",
                        "[{\"verb\": 7, \"effect\": \"aligned-level\"}]", List.of("/0/verb")),
                Arguments.of("a verb given two rules, with every problem reported",
                        "[{\"verb\": \"" + Verbs.PASSED + "\", \"effect\": \"aligned-level\"},"
                                + " {\"verb\": \"" + Verbs.FAILED + "\", \"effect\": \"LEVEL-BELOW\"},"
                                + " {\"verb\": \"" + Verbs.PASSED + "\", \"effect\": \"score-level\"}]",
                        List.of("/1/effect", "/2/verb")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTexts")
    void refusesInvalidTextFormWithAPointerPerProblem(String behaviour, String text, List<String> pointers) {
        ProficioException refused = assertThrows(ProficioException.class, () -> MappingRules.parse(json(text)));

        assertEquals(ErrorCode.INVALID_REQUEST, refused.code());
        assertEquals(pointers, refused.violations().stream().map(Violation::pointer).toList());
    }

    @Test
    void refusesScoresOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> f(Verbs.PASSED).withScaledScore(1.2));
        assertThrows(IllegalArgumentException.class, () -> f(Verbs.PASSED).withMasteryScore(-0.1));
    }

    @Test
    void readsMoveOnIgnoringCase() {
        assertEquals(Optional.of(MoveOn.COMPLETED_OR_PASSED), MoveOn.parse(" completedOrPassed "));
        assertEquals(Optional.empty(), MoveOn.parse("Attended"));
    }

    private static Arguments row(String behaviour, MappingRules rules, StatementFacts facts, int alignedLevel,
                                 MappingOutcome expected) {
        return Arguments.of(behaviour, rules, facts, alignedLevel, expected);
    }

    private static StatementFacts f(String verbIri) {
        return StatementFacts.of(verbIri);
    }

    private static Evidence ev(int level, String rule) {
        return new Evidence(level, rule);
    }

    private static NoEvidence none(Reason reason) {
        return new NoEvidence(reason, "");
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static Scale fiveLevels() {
        Scale scale = new Scale(new FrameworkId("framework"), new TenantId("tenant"));
        scale.define(Scale.DEFAULT_LEVELS, Scale.DEFAULT_PROFICIENT_LEVEL, Instant.parse("2026-01-15T09:00:00Z"));
        return scale;
    }
}
