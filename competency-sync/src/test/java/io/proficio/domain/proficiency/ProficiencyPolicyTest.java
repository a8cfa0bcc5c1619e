package io.proficio.domain.proficiency;

import static io.proficio.domain.proficiency.SourceKind.ASSESSMENT;
import static io.proficio.domain.proficiency.SourceKind.LMS_SCORE;
import static io.proficio.domain.proficiency.SourceKind.MANAGER_RATING;
import static io.proficio.domain.proficiency.SourceKind.SELF_RATING;
import static io.proficio.domain.proficiency.SourceKind.XAPI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.proficiency.ProficiencyPolicy.Highest;
import io.proficio.domain.proficiency.ProficiencyPolicy.Latest;
import io.proficio.domain.proficiency.ProficiencyPolicy.ManagerConfirms;
import io.proficio.domain.proficiency.ProficiencyPolicy.RecencyWeighted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProficiencyPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration HALF_LIFE = Duration.ofDays(30);

    private static final ProficiencyPolicy LATEST = new Latest();
    private static final ProficiencyPolicy HIGHEST = new Highest();
    private static final ProficiencyPolicy RECENCY = new RecencyWeighted(HALF_LIFE);
    private static final ProficiencyPolicy MANAGER = new ManagerConfirms();

    static Stream<Arguments> assessments() {
        return Stream.of(
                // ------------------------------------------------------------ latest
                Arguments.of("latest: a single observation", LATEST,
                        List.of(obs("a", 3, 10)), settled(3, "a")),
                Arguments.of("latest: the most recent wins whatever the list order", LATEST,
                        List.of(obs("new", 2, 1), obs("old", 5, 40), obs("mid", 4, 20)), settled(2, "new")),
                Arguments.of("latest: a tie in time goes to the later in the list", LATEST,
                        List.of(obs("first", 4, 5), obs("second", 2, 5), obs("older", 5, 9)), settled(2, "second")),
                Arguments.of("latest: a future-dated observation is the latest", LATEST,
                        List.of(obs("now", 2, 0), obs("future", 4, -3)), settled(4, "future")),
                Arguments.of("latest: a manager rating is just evidence", LATEST,
                        List.of(obs("mgr", 5, 10, MANAGER_RATING), obs("self", 1, 1, SELF_RATING)), settled(1, "self")),

                // ------------------------------------------------------------ highest
                Arguments.of("highest: a single observation", HIGHEST,
                        List.of(obs("a", 3, 10)), settled(3, "a")),
                Arguments.of("highest: the highest level, however old", HIGHEST,
                        List.of(obs("new", 2, 1), obs("old", 5, 400), obs("mid", 4, 20)), settled(5, "old")),
                Arguments.of("highest: of equal levels the earliest is the basis", HIGHEST,
                        List.of(obs("later", 4, 2), obs("earliest", 4, 30), obs("between", 4, 10)),
                        settled(4, "earliest")),
                Arguments.of("highest: equal level and time go to the earlier in the list", HIGHEST,
                        List.of(obs("first", 4, 7), obs("second", 4, 7)), settled(4, "first")),

                // ------------------------------------------------------------ recency-weighted
                Arguments.of("recency: a single observation", RECENCY,
                        List.of(obs("a", 3, 500)), settled(3, "a")),
                Arguments.of("recency: equal weight and age is the plain mean", RECENCY,
                        List.of(obs("a", 2, 3), obs("b", 4, 3), obs("c", 5, 3)), settled(4, "a", "b", "c")),
                Arguments.of("recency: a mean of exactly .5 rounds up", RECENCY,
                        List.of(obs("a", 2, 0), obs("b", 3, 0)), settled(3, "a", "b")),
                Arguments.of("recency: .5 rounds up despite floating-point noise (naively 3.4999999999999996)",
                        RECENCY, List.of(obs("a", 2, 0, 0.1, XAPI), obs("b", 5, 0, 0.1, XAPI)), settled(4, "a", "b")),
                Arguments.of("recency: a mean below .5 rounds down", RECENCY,
                        List.of(obs("a", 1, 0), obs("b", 1, 0), obs("c", 2, 0)), settled(1, "a", "b", "c")),
                Arguments.of("recency: weights scale influence (3x level 1, 1x level 5 -> 2)", RECENCY,
                        List.of(obs("heavy", 1, 0, 3.0, ASSESSMENT), obs("light", 5, 0, 1.0, XAPI)),
                        settled(2, "heavy", "light")),
                Arguments.of("recency: an old level 5 two half-lives back yields to a fresh level 1 (1.8 -> 2)",
                        RECENCY, List.of(obs("old", 5, 60), obs("fresh", 1, 0)), settled(2, "old", "fresh")),
                Arguments.of("recency: with a long half-life the same old level 5 still counts (2.86 -> 3)",
                        new RecencyWeighted(Duration.ofDays(300)),
                        List.of(obs("old", 5, 60), obs("fresh", 1, 0)), settled(3, "old", "fresh")),
                Arguments.of("recency: one half-life back counts half (5 at half vs 1 -> 2.33 -> 2)", RECENCY,
                        List.of(obs("old", 5, 30), obs("fresh", 1, 0)), settled(2, "old", "fresh")),
                Arguments.of("recency: a future-dated observation counts as fresh, not more (5 and 1 -> 3)", RECENCY,
                        List.of(obs("future", 5, -30), obs("now", 1, 0)), settled(3, "future", "now")),
                Arguments.of("recency: only relative age matters; centuries-old evidence still yields a level",
                        RECENCY, List.of(obs("ancient", 4, 36_500), obs("older", 2, 73_000)),
                        settled(4, "ancient", "older")),
                Arguments.of("recency: the basis is every observation in input order", RECENCY,
                        List.of(obs("z", 3, 1), obs("a", 3, 9), obs("m", 3, 4)), settled(3, "z", "a", "m")),

                // ------------------------------------------------------------ manager-confirms
                Arguments.of("manager: without a manager rating, the latest other evidence is provisional", MANAGER,
                        List.of(obs("lms", 2, 9, LMS_SCORE), obs("self", 4, 1, SELF_RATING)), provisional(4, "self")),
                Arguments.of("manager: a single non-manager observation is provisional", MANAGER,
                        List.of(obs("xapi", 3, 2, XAPI)), provisional(3, "xapi")),
                Arguments.of("manager: a manager rating settles the level", MANAGER,
                        List.of(obs("lms", 2, 20, LMS_SCORE), obs("mgr", 3, 10, MANAGER_RATING)), settled(3, "mgr")),
                Arguments.of("manager: a self-rating newer than the manager rating does not override it", MANAGER,
                        List.of(obs("mgr", 3, 10, MANAGER_RATING), obs("self", 5, 1, SELF_RATING)), settled(3, "mgr")),
                Arguments.of("manager: the latest manager rating settles, even if lower", MANAGER,
                        List.of(obs("mgr-new", 2, 3, MANAGER_RATING), obs("mgr-old", 4, 30, MANAGER_RATING)),
                        settled(2, "mgr-new")),
                Arguments.of("manager: manager ratings at the same instant go to the later in the list", MANAGER,
                        List.of(obs("mgr-1", 4, 5, MANAGER_RATING), obs("mgr-2", 3, 5, MANAGER_RATING)),
                        settled(3, "mgr-2")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("assessments")
    void derivesTheLevelProvisionalityAndBasis(String behaviour, ProficiencyPolicy policy,
                                               List<Observation> observations, Assessment expected) {
        assertEquals(Optional.of(expected), policy.assess(observations, NOW));
    }

    static Stream<ProficiencyPolicy> everyPolicy() {
        return Stream.of(LATEST, HIGHEST, RECENCY, MANAGER);
    }

    @ParameterizedTest
    @MethodSource("everyPolicy")
    void noObservationsGiveNoAssessment(ProficiencyPolicy policy) {
        assertEquals(Optional.empty(), policy.assess(List.of(), NOW));
    }

    @ParameterizedTest
    @MethodSource("everyPolicy")
    void doesNotChangeTheGivenObservations(ProficiencyPolicy policy) {
        List<Observation> given = new ArrayList<>(List.of(obs("b", 2, 1), obs("a", 4, 2)));
        List<Observation> before = List.copyOf(given);

        policy.assess(given, NOW);

        assertEquals(before, given);
    }

    // ---------------------------------------------------------------- parse and value

    static Stream<Arguments> textualForms() {
        return Stream.of(
                Arguments.of("latest", LATEST),
                Arguments.of("highest", HIGHEST),
                Arguments.of("manager-confirms", MANAGER),
                Arguments.of("recency-weighted", new RecencyWeighted(Duration.ofDays(90))),
                Arguments.of("recency-weighted:P30D", new RecencyWeighted(Duration.ofDays(30))),
                Arguments.of("recency-weighted:PT36H", new RecencyWeighted(Duration.ofHours(36))),
                Arguments.of("recency-weighted:P1DT12H", new RecencyWeighted(Duration.ofHours(36))),
                Arguments.of("recency-weighted:P2W", new RecencyWeighted(Duration.ofDays(14))),
                Arguments.of("recency-weighted:PT0.5S", new RecencyWeighted(Duration.ofMillis(500))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("textualForms")
    void parsesEveryTextualForm(String text, ProficiencyPolicy expected) {
        assertEquals(expected, ProficiencyPolicy.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("textualForms")
    void readsBackItsOwnTextualForm(String text, ProficiencyPolicy policy) {
        assertEquals(policy, ProficiencyPolicy.parse(policy.value()));
    }

    static Stream<Arguments> writtenForms() {
        return Stream.of(
                Arguments.of(LATEST, "latest"),
                Arguments.of(HIGHEST, "highest"),
                Arguments.of(MANAGER, "manager-confirms"),
                Arguments.of(new RecencyWeighted(Duration.ofDays(90)), "recency-weighted:P90D"),
                Arguments.of(new RecencyWeighted(Duration.ofDays(14)), "recency-weighted:P14D"),
                Arguments.of(new RecencyWeighted(Duration.ofHours(36)), "recency-weighted:PT36H"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("writtenForms")
    void writesItsTextualFormWithWholeDaysAsDays(ProficiencyPolicy policy, String expected) {
        assertEquals(expected, policy.value());
    }

    static Stream<Arguments> badForms() {
        return Stream.of(
                Arguments.of(null, "expected one of"),
                Arguments.of("", "expected one of"),
                Arguments.of("newest", "Unknown proficiency policy 'newest'"),
                Arguments.of("Latest", "Unknown proficiency policy 'Latest'"),
                Arguments.of(" latest", "Unknown proficiency policy"),
                Arguments.of("recency", "expected one of latest, highest, recency-weighted"),
                Arguments.of("recency-weighted:", "not an ISO-8601 half-life"),
                Arguments.of("recency-weighted:30", "not an ISO-8601 half-life"),
                Arguments.of("recency-weighted:30 days", "not an ISO-8601 half-life"),
                Arguments.of("recency-weighted:P0D", "must be positive"),
                Arguments.of("recency-weighted:PT0S", "must be positive"),
                Arguments.of("recency-weighted:-P30D", "must be positive"),
                Arguments.of("recency-weighted:P-1W", "must be positive"),
                Arguments.of("recency-weighted:P1M", "months or years"),
                Arguments.of("recency-weighted:P1Y", "months or years"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("badForms")
    void refusesAnUnknownFormWithAHelpfulMessage(String text, String messagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProficiencyPolicy.parse(text));

        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesANonPositiveHalfLife(long seconds) {
        assertThrows(IllegalArgumentException.class, () -> new RecencyWeighted(Duration.ofSeconds(seconds)));
    }

    // ---------------------------------------------------------------- values

    static Stream<Arguments> invalidObservations() {
        Instant at = NOW;
        return Stream.of(
                Arguments.of("null evidence id", (Runnable) () -> new Observation(null, 1, at, 1, XAPI)),
                Arguments.of("blank evidence id", (Runnable) () -> new Observation(" ", 1, at, 1, XAPI)),
                Arguments.of("level 0", (Runnable) () -> new Observation("e", 0, at, 1, XAPI)),
                Arguments.of("negative level", (Runnable) () -> new Observation("e", -2, at, 1, XAPI)),
                Arguments.of("null time", (Runnable) () -> new Observation("e", 1, null, 1, XAPI)),
                Arguments.of("weight 0", (Runnable) () -> new Observation("e", 1, at, 0, XAPI)),
                Arguments.of("negative weight", (Runnable) () -> new Observation("e", 1, at, -0.5, XAPI)),
                Arguments.of("NaN weight", (Runnable) () -> new Observation("e", 1, at, Double.NaN, XAPI)),
                Arguments.of("infinite weight", (Runnable) () -> new Observation("e", 1, at, Double.POSITIVE_INFINITY, XAPI)),
                Arguments.of("null source", (Runnable) () -> new Observation("e", 1, at, 1, null)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidObservations")
    void refusesAnInvalidObservation(String problem, Runnable construction) {
        assertThrows(IllegalArgumentException.class, construction::run);
    }

    @Test
    void anAssessmentKeepsACopyOfItsBasis() {
        List<String> basis = new ArrayList<>(List.of("a"));

        Assessment assessment = new Assessment(2, false, basis);
        basis.add("b");

        assertEquals(List.of("a"), assessment.basis());
        assertThrows(UnsupportedOperationException.class, () -> assessment.basis().add("c"));
    }

    static Stream<Arguments> sourceKinds() {
        return Stream.of(
                Arguments.of("xapi", Optional.of(XAPI)),
                Arguments.of("lms-score", Optional.of(LMS_SCORE)),
                Arguments.of("self-rating", Optional.of(SELF_RATING)),
                Arguments.of("manager-rating", Optional.of(MANAGER_RATING)),
                Arguments.of("assessment", Optional.of(ASSESSMENT)),
                Arguments.of("import", Optional.of(SourceKind.IMPORT)),
                Arguments.of("XAPI", Optional.empty()),
                Arguments.of("manager_rating", Optional.empty()),
                Arguments.of(null, Optional.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("sourceKinds")
    void parsesSourceKindsByTheirApiValue(String text, Optional<SourceKind> expected) {
        assertEquals(expected, SourceKind.parse(text));
        expected.ifPresent(kind -> assertEquals(text, kind.value()));
    }

    // ---------------------------------------------------------------- helpers

    /** An observation made {@code daysAgo} days before {@link #NOW} (negative: in the future), weight 1. */
    private static Observation obs(String id, int level, long daysAgo) {
        return obs(id, level, daysAgo, 1.0, XAPI);
    }

    private static Observation obs(String id, int level, long daysAgo, SourceKind source) {
        return obs(id, level, daysAgo, 1.0, source);
    }

    private static Observation obs(String id, int level, long daysAgo, double weight, SourceKind source) {
        return new Observation(id, level, NOW.minus(Duration.ofDays(daysAgo)), weight, source);
    }

    private static Assessment settled(int level, String... basis) {
        return new Assessment(level, false, Arrays.asList(basis));
    }

    private static Assessment provisional(int level, String... basis) {
        return new Assessment(level, true, Arrays.asList(basis));
    }
}
