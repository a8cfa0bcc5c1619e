package io.proficio.domain.certification;

import java.util.List;
import java.util.Map;

/**
 * What one person holds, as requirements read it: confirmed levels (provisional ones, which await
 * confirmation, do not count towards a certification) with the evidence behind each, and the content
 * they have done with the evidence from it.
 *
 * @param levels      competency id → held level
 * @param contentDone content ref → ids of the active evidence that came from it
 */
public record Standing(Map<String, Held> levels, Map<String, List<String>> contentDone) {

    /** A confirmed level and the evidence behind it. */
    public record Held(int level, List<String> basis) {
    }

    public Standing {
        levels = Map.copyOf(levels);
        contentDone = Map.copyOf(contentDone);
    }

    public int levelIn(String competencyId) {
        Held held = levels.get(competencyId);
        return held == null ? 0 : held.level();
    }
}
