package io.proficio.domain.proficiency;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a piece of evidence came from, as it is written in the API. Policies may treat sources
 * differently; {@link ProficiencyPolicy.ManagerConfirms} lets a {@link #MANAGER_RATING} settle the
 * level.
 */
public enum SourceKind {
    /** An xAPI statement received from an LRS or a learning activity. */
    XAPI("xapi"),
    /** A score reported by a learning management system. */
    LMS_SCORE("lms-score"),
    /** The person's own rating of themselves. */
    SELF_RATING("self-rating"),
    /** A rating given by the person's manager. */
    MANAGER_RATING("manager-rating"),
    /** The outcome of a formal assessment. */
    ASSESSMENT("assessment"),
    /** Evidence brought in by a bulk import. */
    IMPORT("import");

    private final String value;

    SourceKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** @return the kind written as {@code value} (exact, case-sensitive), empty for anything else including null */
    public static Optional<SourceKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
    }
}
