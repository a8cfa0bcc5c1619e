package io.proficio.domain.xapi;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a verb does to evidence. On every outcome effect (all but {@link #NOT_AN_OUTCOME}) a
 * statement judged unsuccessful — {@code result.success} false, or in its absence a scaled score
 * below the cmi5 masteryScore — is treated as {@link #LEVEL_BELOW}: a failed attempt is evidence too.
 */
public enum Effect {
    /** Evidence at the aligned level; with a scaled score, the level it maps to, never above the aligned level. */
    ALIGNED_LEVEL("aligned-level"),
    /** The level the scaled score maps to, never above the aligned level; no score, no evidence. */
    SCORE_LEVEL("score-level"),
    /**
     * Evidence below the aligned level: one level below it, or the level the scaled score maps to
     * when there is one, at most one below the aligned level; never below 1.
     */
    LEVEL_BELOW("level-below"),
    /**
     * Completion: successful → as {@link #ALIGNED_LEVEL}; in cmi5 with a moveOn that completion
     * satisfies → the aligned level; otherwise level 1, the lowest ("aware") level.
     */
    COMPLETION_LEVEL("completion-level"),
    /** As {@link #COMPLETION_LEVEL}, except that completion alone is no evidence. */
    COMPLETION_ONLY("completion-only"),
    /** No evidence: the verb reports activity, not an outcome. */
    NOT_AN_OUTCOME("not-an-outcome");

    /** The slugs, for messages listing what is allowed. */
    static final String SLUGS = Arrays.stream(values()).map(Effect::slug).collect(Collectors.joining(", "));

    private final String slug;

    Effect(String slug) {
        this.slug = slug;
    }

    /** The effect in the text form of rules, e.g. {@code aligned-level}. */
    public String slug() {
        return slug;
    }

    /**
     * @param slug the text form, never null; exact, lower case
     * @return the effect, or empty when the text names none
     */
    public static Optional<Effect> parse(String slug) {
        return Arrays.stream(values()).filter(e -> e.slug.equals(slug)).findFirst();
    }
}
