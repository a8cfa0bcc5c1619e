package io.proficio.domain.proficiency;

import java.util.Arrays;
import java.util.Optional;

/**
 * How {@link RollUp} derives the level of a competency without direct evidence from the levels of
 * its children, as it is written in the API.
 */
public enum RollUpRule {
    /** The lowest child level: a parent is held only as well as its weakest part. */
    MINIMUM("minimum"),
    /** The mean of the child levels, rounded half up (2.5 becomes 3). */
    AVERAGE("average");

    private final String value;

    RollUpRule(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** @return the rule written as {@code value} (exact, case-sensitive), empty for anything else including null */
    public static Optional<RollUpRule> parse(String value) {
        return Arrays.stream(values()).filter(rule -> rule.value.equals(value)).findFirst();
    }
}
