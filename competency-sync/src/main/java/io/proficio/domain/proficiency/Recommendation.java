package io.proficio.domain.proficiency;

/**
 * A candidate recommended to a person, with the numbers behind it and a sentence that explains it.
 *
 * @param candidate the recommended content, never null
 * @param current   the person's level in the candidate's competency (0 when none)
 * @param required  the level the stage requires there
 * @param score     how strongly it is recommended; higher first (see {@link Recommendations})
 * @param reason    why, in a sentence for the person, never null
 */
public record Recommendation(Candidate candidate, int current, int required, double score, String reason) {
}
