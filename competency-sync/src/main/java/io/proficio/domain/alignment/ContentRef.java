package io.proficio.domain.alignment;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A reference to a piece of content: its type and the reference within that type (an activity
 * IRI, an IRI prefix, an LTI resource link id, a course id or URL).
 */
public record ContentRef(ContentType type, String ref) {

    /**
     * Reads a content reference as the API gives it, recording what is wrong under {@code pointer}.
     *
     * @return the reference, or null when a violation was recorded
     */
    public static ContentRef parse(String type, String ref, String pointer, Violations violations) {
        ContentType contentType = type == null ? null : ContentType.parse(type).orElse(null);
        if (contentType == null) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/type",
                    "content.type must be one of xapi-activity, xapi-activity-prefix, lti-resource-link, course.");
        }
        if (ref == null || ref.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/ref", "content.ref is required.");
            return null;
        }
        if (contentType != null && contentType.needsAbsoluteIri() && !isAbsoluteIri(ref)) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/ref",
                    "content.ref must be an absolute IRI for " + contentType.value() + ".");
            return null;
        }
        return contentType == null ? null : new ContentRef(contentType, ref.strip());
    }

    private static boolean isAbsoluteIri(String ref) {
        try {
            return new URI(ref.strip()).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
