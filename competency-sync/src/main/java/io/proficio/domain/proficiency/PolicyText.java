package io.proficio.domain.proficiency;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** The textual forms of {@link ProficiencyPolicy}, kept out of its public surface. */
final class PolicyText {

    static final String RECENCY_WEIGHTED_PREFIX = "recency-weighted:";
    static final String EXPECTED = "expected one of latest, highest, recency-weighted, "
            + "recency-weighted:<half-life as an ISO-8601 duration such as P30D or PT36H>, manager-confirms.";

    private PolicyText() {
    }

    /**
     * Reads the half-life after {@code recency-weighted:}: an ISO-8601 duration, or failing that a
     * period of days and weeks. Months and years are refused because their length varies.
     *
     * @throws IllegalArgumentException when the text is neither, or the half-life is not positive
     */
    static Duration halfLife(String text) {
        Duration halfLife;
        try {
            halfLife = Duration.parse(text);
        } catch (DateTimeParseException notADuration) {
            halfLife = periodOfDays(text);
        }
        if (halfLife.isZero() || halfLife.isNegative()) {
            throw new IllegalArgumentException("The half-life in '" + RECENCY_WEIGHTED_PREFIX + text
                    + "' must be positive.");
        }
        return halfLife;
    }

    private static Duration periodOfDays(String text) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeParseException notAPeriod) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 half-life; write it like P30D or "
                    + "PT36H, for example '" + RECENCY_WEIGHTED_PREFIX + "P30D'.");
        }
        if (period.toTotalMonths() != 0) {
            throw new IllegalArgumentException("The half-life '" + text + "' is in months or years, which have no "
                    + "fixed length; write it in days or weeks, for example P30D.");
        }
        return Duration.ofDays(period.getDays());
    }
}
