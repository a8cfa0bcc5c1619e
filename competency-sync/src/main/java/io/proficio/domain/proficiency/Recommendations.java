package io.proficio.domain.proficiency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks aligned content by how well it closes a person's gaps: the next step up in the competency
 * where the person is furthest behind comes first.
 *
 * <ol>
 *   <li>Only gaps above 0 count; met requirements get no recommendations.</li>
 *   <li>A candidate qualifies when its competency has such a gap, its content ref is not among the
 *       completed ones, and its level is above the person's current level and at most two above it:
 *       content at or below the current level teaches nothing new, content further above is too far
 *       a stretch. (Within those two steps the level may pass the required one.)</li>
 *   <li>Score: 1.0 for the next level ({@code current + 1}), 0.6 for the one after; plus 0.1 per
 *       level of gap, so bigger gaps come first; plus 0.05 when the level is exactly the required
 *       one. Scores are computed in whole hundredths, so equal sums compare equal.</li>
 *   <li>Order: score descending, then content ref ascending, then competency id and content type
 *       ascending, so the ranking is deterministic.</li>
 *   <li>A content ref appears once, with its best-scoring entry (the first in that order).</li>
 *   <li>At most {@code limit} recommendations.</li>
 * </ol>
 */
public final class Recommendations {

    private static final int NEXT_LEVEL_POINTS = 100;
    private static final int LEVEL_AFTER_NEXT_POINTS = 60;
    private static final int POINTS_PER_GAP_LEVEL = 10;
    private static final int REACHES_REQUIRED_POINTS = 5;
    private static final int FURTHEST_STEP = 2;

    private static final Comparator<Scored> RANKING = Comparator.comparingInt(Scored::points).reversed()
            .thenComparing(scored -> scored.candidate().contentRef())
            .thenComparing(scored -> scored.candidate().competencyId())
            .thenComparing(scored -> scored.candidate().contentType());

    private Recommendations() {
    }

    /** A qualifying candidate with its gap and score in hundredths. */
    private record Scored(Candidate candidate, Gap gap, int points) {
    }

    /**
     * @param gaps                  the person's gaps, typically from {@link GapAnalysis}, never null; if
     *                              a competency appears twice the first gap counts
     * @param candidates            the content aligned to competencies, never null, no null elements
     * @param completedContentRefs  refs the person has already completed, never null
     * @param competencyLabels      display labels per competency id, never null; the id stands in for
     *                              a missing label
     * @param limit                 the most recommendations to return, 0 or more
     * @return the recommendations, best first; unmodifiable
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    public static List<Recommendation> rank(List<Gap> gaps, List<Candidate> candidates, Set<String> completedContentRefs,
                                            Map<String, String> competencyLabels, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("The limit of recommendations cannot be negative: " + limit + ".");
        }
        Map<String, Gap> openGaps = new HashMap<>();
        for (Gap gap : gaps) {
            if (gap.gap() > 0) {
                openGaps.putIfAbsent(gap.competencyId(), gap);
            }
        }
        List<Scored> qualifying = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Gap gap = openGaps.get(candidate.competencyId());
            if (gap == null || completedContentRefs.contains(candidate.contentRef())) {
                continue;
            }
            int step = candidate.level() - gap.current();
            if (step >= 1 && step <= FURTHEST_STEP) {
                qualifying.add(new Scored(candidate, gap, points(step, candidate.level(), gap)));
            }
        }
        qualifying.sort(RANKING);
        List<Recommendation> ranked = new ArrayList<>();
        Set<String> recommendedRefs = new HashSet<>();
        for (Scored scored : qualifying) {
            if (ranked.size() == limit) {
                break;
            }
            if (recommendedRefs.add(scored.candidate().contentRef())) {
                ranked.add(recommendation(scored, competencyLabels));
            }
        }
        return List.copyOf(ranked);
    }

    private static int points(int step, int level, Gap gap) {
        int points = step == 1 ? NEXT_LEVEL_POINTS : LEVEL_AFTER_NEXT_POINTS;
        points += POINTS_PER_GAP_LEVEL * gap.gap();
        if (level == gap.required()) {
            points += REACHES_REQUIRED_POINTS;
        }
        return points;
    }

    private static Recommendation recommendation(Scored scored, Map<String, String> competencyLabels) {
        Candidate candidate = scored.candidate();
        Gap gap = scored.gap();
        String label = competencyLabels.getOrDefault(candidate.competencyId(), candidate.competencyId());
        String where = gap.current() == 0 ? "you have no level yet" : "you are at " + gap.current();
        String reason = "Evidences " + label + " at level " + candidate.level() + "; " + where
                + " and the stage requires " + gap.required() + ".";
        return new Recommendation(candidate, gap.current(), gap.required(), scored.points() / 100.0, reason);
    }
}
