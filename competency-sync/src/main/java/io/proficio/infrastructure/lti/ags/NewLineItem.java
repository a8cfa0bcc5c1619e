package io.proficio.infrastructure.lti.ags;

import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * A line item the tool asks the platform to create (Assignment and Grade Services 2.0 §3.2). Start
 * with {@link #of(String, double)} and add the optional fields with the {@code with…} methods.
 *
 * @param label          the column's title; never null or blank
 * @param scoreMaximum   the maximum score, positive and finite
 * @param resourceId     the tool's own id for what is graded; with resourceLinkId, the identity
 *                       {@link AgsClient#findOrCreate} looks for
 * @param resourceLinkId the resource link to bind the column to
 * @param tag            the tool's own qualifier
 */
public record NewLineItem(String label, double scoreMaximum, Optional<String> resourceId,
                          Optional<String> resourceLinkId, Optional<String> tag) {

    public NewLineItem {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A line item needs a label.");
        }
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("scoreMaximum must be positive and finite: " + scoreMaximum);
        }
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        Objects.requireNonNull(tag, "tag");
    }

    public static NewLineItem of(String label, double scoreMaximum) {
        return new NewLineItem(label, scoreMaximum, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public NewLineItem withResourceId(String resourceId) {
        return new NewLineItem(label, scoreMaximum, Optional.of(resourceId), resourceLinkId, tag);
    }

    public NewLineItem withResourceLinkId(String resourceLinkId) {
        return new NewLineItem(label, scoreMaximum, resourceId, Optional.of(resourceLinkId), tag);
    }

    public NewLineItem withTag(String tag) {
        return new NewLineItem(label, scoreMaximum, resourceId, resourceLinkId, Optional.of(tag));
    }

    /** Whether the platform's line item has this one's resourceId and resourceLinkId (absent matches absent). */
    public boolean sameResourceAs(LineItem existing) {
        return resourceId.equals(existing.resourceId()) && resourceLinkId.equals(existing.resourceLinkId());
    }

    /** The {@code application/vnd.ims.lis.v2.lineitem+json} body, without id. */
    public JsonObject toJsonObject() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("label", label).add("scoreMaximum", scoreMaximum);
        resourceId.ifPresent(value -> json.add("resourceId", value));
        resourceLinkId.ifPresent(value -> json.add("resourceLinkId", value));
        tag.ifPresent(value -> json.add("tag", value));
        return json.build();
    }
}
