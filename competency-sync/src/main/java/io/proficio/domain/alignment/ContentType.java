package io.proficio.domain.alignment;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content an alignment can tag, as they are written in the API. */
public enum ContentType {
    XAPI_ACTIVITY("xapi-activity"),
    XAPI_ACTIVITY_PREFIX("xapi-activity-prefix"),
    LTI_RESOURCE_LINK("lti-resource-link"),
    COURSE("course");

    private final String value;

    ContentType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** xAPI activity ids are IRIs (xAPI 1.0.3 Data §2.4.4.1), so these refs must be absolute. */
    public boolean needsAbsoluteIri() {
        return this == XAPI_ACTIVITY || this == XAPI_ACTIVITY_PREFIX;
    }

    public static Optional<ContentType> parse(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }
}
