package io.proficio.infrastructure.lti.ags;

import io.proficio.infrastructure.lti.Fields;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A gradebook column as the platform holds it (Assignment and Grade Services 2.0 §3.2).
 *
 * @param id             the line item's URL, where its scores and results live; never null
 * @param label          the column's title; never null
 * @param scoreMaximum   the maximum score, positive
 * @param resourceId     the tool's own id for what is graded
 * @param resourceLinkId the resource link the column is bound to
 * @param tag            the tool's own qualifier, e.g. {@code grade} or {@code originality}
 */
public record LineItem(URI id, String label, double scoreMaximum, Optional<String> resourceId,
                       Optional<String> resourceLinkId, Optional<String> tag) {

    public LineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        Objects.requireNonNull(tag, "tag");
    }

    static LineItem parse(JsonValue body) {
        JsonObject json = Fields.object(body, "line item");
        return new LineItem(Fields.uri(json, "id"), Fields.string(json, "label"), Fields.number(json, "scoreMaximum"),
                Fields.optionalString(json, "resourceId"), Fields.optionalString(json, "resourceLinkId"),
                Fields.optionalString(json, "tag"));
    }
}
