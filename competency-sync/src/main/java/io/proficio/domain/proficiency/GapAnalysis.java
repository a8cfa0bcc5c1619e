package io.proficio.domain.proficiency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compares a person's levels with the levels a role stage requires, largest gaps first, so the
 * competencies most in need of work lead the list.
 */
public final class GapAnalysis {

    private GapAnalysis() {
    }

    /**
     * @param requiredLevels the required level per competency id, never null, no null keys or values;
     *                       its iteration order is the order among equal gaps (pass a
     *                       {@link java.util.LinkedHashMap} in framework order)
     * @param currentLevels  the person's level per competency id, never null; a competency absent from
     *                       it counts as level 0; competencies not required are ignored
     * @return one gap per required competency, by gap descending, then in the order of
     *         {@code requiredLevels}; met requirements included (gap 0); unmodifiable
     */
    public static List<Gap> analyse(Map<String, Integer> requiredLevels, Map<String, Integer> currentLevels) {
        List<Gap> gaps = new ArrayList<>(requiredLevels.size());
        requiredLevels.forEach((competency, required) ->
                gaps.add(Gap.of(competency, required, currentLevels.getOrDefault(competency, 0))));
        // List.sort is stable: equal gaps keep the order of requiredLevels.
        gaps.sort(Comparator.comparingInt(Gap::gap).reversed());
        return List.copyOf(gaps);
    }
}
