package io.proficio.domain.xapi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The cmi5 moveOn criterion of an AU (cmi5 §10.0 LMS.LaunchData {@code moveOn}; §13.1.4 AU
 * metadata): what the learner must do for the LMS to consider the AU satisfied.
 */
public enum MoveOn {
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"),
    NOT_APPLICABLE("NotApplicable");

    private final String value;

    MoveOn(String value) {
        this.value = value;
    }

    /** The value as cmi5 spells it, e.g. {@code CompletedOrPassed}. */
    public String value() {
        return value;
    }

    /** Whether a completed statement alone meets this criterion, so completion satisfies the AU. */
    public boolean satisfiedByCompletion() {
        return switch (this) {
            case COMPLETED, COMPLETED_OR_PASSED -> true;
            case PASSED, COMPLETED_AND_PASSED, NOT_APPLICABLE -> false;
        };
    }

    /**
     * Reads a moveOn value, ignoring case and surrounding blanks (course structures and launch data
     * in the wild vary in case).
     *
     * @param text the value, never null
     * @return the criterion, or empty when the text names none
     */
    public static Optional<MoveOn> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.value.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
