package io.proficio.domain.casepkg;

import jakarta.json.JsonObject;

/**
 * A CFAssociation (CASE 1.0 §4.3.6) of any type. Only {@code isChildOf} shapes the hierarchy; the
 * others ({@code isRelatedTo}, {@code exactMatchOf}, {@code precedes} …) are kept as received, and
 * their destination may lie outside the package.
 *
 * @param sequenceNumber the order among siblings, may be null
 */
public record CaseAssociation(String identifier, String type, Integer sequenceNumber, NodeRef origin,
                              NodeRef destination, JsonObject json) {

    public static final String IS_CHILD_OF = "isChildOf";

    public boolean isChildOf() {
        return IS_CHILD_OF.equals(type);
    }
}
