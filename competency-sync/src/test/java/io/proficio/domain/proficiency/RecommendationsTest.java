package io.proficio.domain.proficiency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecommendationsTest {

    private static final String RISK = "UW.RISK";
    private static final String DEALS = "UW.DEALS";
    private static final String CLAIMS = "UW.CLAIMS";
    private static final String PRICING = "UW.PRICING";

    /** At 2 of 4 in risk, nothing of 3 in deals, 2 of 2 in claims (met), 2 of 3 in pricing. */
    private static final List<Gap> GAPS = List.of(
            Gap.of(DEALS, 3, 0), Gap.of(RISK, 4, 2), Gap.of(PRICING, 3, 2), Gap.of(CLAIMS, 2, 2));
    private static final Map<String, String> LABELS = Map.of(RISK, "Risk assessment", DEALS, "Deal structuring");

    static Stream<Arguments> singleCandidates() {
        return Stream.of(
                // qualifying, with the score
                Arguments.of("next level, gap 2: 1.0 + 0.2", candidate("r3", RISK, 3), Optional.of(1.2)),
                Arguments.of("level after next, reaching the requirement: 0.6 + 0.2 + 0.05",
                        candidate("r4", RISK, 4), Optional.of(0.85)),
                Arguments.of("next level reaching the requirement: 1.0 + 0.1 + 0.05",
                        candidate("p3", PRICING, 3), Optional.of(1.15)),
                Arguments.of("level after next may pass the requirement: 0.6 + 0.1",
                        candidate("p4", PRICING, 4), Optional.of(0.7)),
                Arguments.of("from no level, level 1: 1.0 + 0.3", candidate("d1", DEALS, 1), Optional.of(1.3)),
                Arguments.of("from no level, level 2: 0.6 + 0.3", candidate("d2", DEALS, 2), Optional.of(0.9)),
                // excluded
                Arguments.of("too low: at the current level", candidate("r2", RISK, 2), Optional.empty()),
                Arguments.of("too low: below the current level", candidate("r1", RISK, 1), Optional.empty()),
                Arguments.of("too high: three above the current level", candidate("r5", RISK, 5), Optional.empty()),
                Arguments.of("too high: three above no level", candidate("d3", DEALS, 3), Optional.empty()),
                Arguments.of("completed content", candidate("done", RISK, 3), Optional.empty()),
                Arguments.of("a met requirement", candidate("c3", CLAIMS, 3), Optional.empty()),
                Arguments.of("a competency the stage does not require", candidate("x1", "UW.OTHER", 1),
                        Optional.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("singleCandidates")
    void qualifiesAndScoresACandidateByItsStepAboveTheCurrentLevel(String behaviour, Candidate candidate,
                                                                     Optional<Double> expectedScore) {
        List<Recommendation> ranked = Recommendations.rank(GAPS, List.of(candidate), Set.of("done"), LABELS, 10);

        assertEquals(expectedScore, ranked.stream().findFirst().map(Recommendation::score));
    }

    @Test
    void ranksByScoreBiggerGapsFirst() {
        List<Candidate> candidates = List.of(
                candidate("r3", RISK, 3),
                candidate("r4", RISK, 4),
                candidate("r5", RISK, 5),
                candidate("d1", DEALS, 1),
                candidate("d2", DEALS, 2),
                candidate("p3", PRICING, 3),
                candidate("c3", CLAIMS, 3));

        List<Recommendation> ranked = Recommendations.rank(GAPS, candidates, Set.of(), LABELS, 10);

        assertEquals(List.of("d1", "r3", "p3", "d2", "r4"), refs(ranked));
        assertEquals(List.of(1.3, 1.2, 1.15, 0.9, 0.85), ranked.stream().map(Recommendation::score).toList());
    }

    @Test
    void equalScoresGoByContentRefEvenWhenFloatingPointWouldDiffer() {
        // 1.0 + 0.1 * 2 and 0.6 + 0.1 * 6 are both 1.2, though in doubles the second is 1.2000000000000002.
        List<Gap> gaps = List.of(Gap.of("SMALL", 3, 1), Gap.of("BIG", 6, 0));
        List<Candidate> candidates = List.of(
                candidate("b-big-gap", "BIG", 2),
                candidate("c-small-gap", "SMALL", 2),
                candidate("a-small-gap", "SMALL", 2));

        List<Recommendation> ranked = Recommendations.rank(gaps, candidates, Set.of(), Map.of(), 10);

        assertEquals(List.of("a-small-gap", "b-big-gap", "c-small-gap"), refs(ranked));
        assertEquals(List.of(1.2, 1.2, 1.2), ranked.stream().map(Recommendation::score).toList());
    }

    @Test
    void recommendsAContentRefOnceWithItsBestScoringAlignment() {
        List<Candidate> candidates = List.of(
                candidate("shared", RISK, 3),
                candidate("shared", DEALS, 1),
                candidate("shared", DEALS, 2),
                candidate("own", RISK, 4));

        List<Recommendation> ranked = Recommendations.rank(GAPS, candidates, Set.of(), LABELS, 10);

        assertEquals(List.of("shared", "own"), refs(ranked));
        assertEquals(candidate("shared", DEALS, 1), ranked.get(0).candidate());
        assertEquals(1.3, ranked.get(0).score());
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of(0, List.of()),
                Arguments.of(1, List.of("shared")),
                // the duplicate does not take a place
                Arguments.of(2, List.of("shared", "d2")),
                Arguments.of(3, List.of("shared", "d2", "r4")),
                Arguments.of(10, List.of("shared", "d2", "r4")));
    }

    @ParameterizedTest(name = "[{index}] limit {0}")
    @MethodSource("limits")
    void returnsAtMostTheLimit(int limit, List<String> expectedRefs) {
        List<Candidate> candidates = List.of(
                candidate("shared", DEALS, 1),
                candidate("shared", RISK, 3),
                candidate("d2", DEALS, 2),
                candidate("r4", RISK, 4));

        assertEquals(expectedRefs, refs(Recommendations.rank(GAPS, candidates, Set.of(), LABELS, limit)));
    }

    @Test
    void refusesANegativeLimit() {
        assertThrows(IllegalArgumentException.class,
                () -> Recommendations.rank(GAPS, List.of(), Set.of(), LABELS, -1));
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of("with a label", candidate("r3", RISK, 3),
                        "Evidences Risk assessment at level 3; you are at 2 and the stage requires 4."),
                Arguments.of("without a label the id stands in", candidate("p3", PRICING, 3),
                        "Evidences UW.PRICING at level 3; you are at 2 and the stage requires 3."),
                Arguments.of("from no level", candidate("d1", DEALS, 1),
                        "Evidences Deal structuring at level 1; you have no level yet and the stage requires 3."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("reasons")
    void explainsEachRecommendationInASentence(String behaviour, Candidate candidate, String expected) {
        List<Recommendation> ranked = Recommendations.rank(GAPS, List.of(candidate), Set.of(), LABELS, 1);

        assertEquals(expected, ranked.get(0).reason());
    }

    @Test
    void carriesTheCandidateAndTheLevelsBehindIt() {
        Candidate candidate = candidate("r3", RISK, 3);

        Recommendation recommendation = Recommendations.rank(GAPS, List.of(candidate), Set.of(), LABELS, 1).get(0);

        assertEquals(candidate, recommendation.candidate());
        assertEquals(2, recommendation.current());
        assertEquals(4, recommendation.required());
    }

    @Test
    void noOpenGapsMeanNoRecommendations() {
        List<Gap> allMet = List.of(Gap.of(RISK, 2, 3), Gap.of(DEALS, 1, 1));

        assertEquals(List.of(),
                Recommendations.rank(allMet, List.of(candidate("r4", RISK, 4)), Set.of(), LABELS, 10));
    }

    // ---------------------------------------------------------------- helpers

    private static Candidate candidate(String ref, String competencyId, int level) {
        return new Candidate("lti-resource-link", ref, competencyId, level);
    }

    private static List<String> refs(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.candidate().contentRef()).toList();
    }
}
