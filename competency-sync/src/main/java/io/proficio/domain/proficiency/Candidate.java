package io.proficio.domain.proficiency;

/**
 * A piece of content aligned to a competency, offered for recommendation: the alignment seen from
 * the learner's side.
 *
 * @param contentType  the kind of content as the API writes it (for example {@code lti-resource-link}),
 *                     never null
 * @param contentRef   the content within that kind, never null; a ref is recommended at most once
 * @param competencyId the competency the content is aligned to, never null
 * @param level        the level of that competency the content can evidence
 * @throws IllegalArgumentException when a field that may not be null is
 */
public record Candidate(String contentType, String contentRef, String competencyId, int level) {

    public Candidate {
        if (contentType == null || contentRef == null || competencyId == null) {
            throw new IllegalArgumentException("A candidate needs a content type, a content ref and a competency id.");
        }
    }
}
