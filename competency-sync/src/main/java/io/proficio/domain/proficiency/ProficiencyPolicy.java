package io.proficio.domain.proficiency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a tenant turns a person's observations in one competency into one level. A closed set of
 * policies, each a value with a textual form ({@link #value()}) that {@link #parse(String)} reads
 * back, so a policy can be stored as text and configured per tenant or framework.
 *
 * <p>Every policy is a pure function of the observations and the time of assessment: it does not
 * check that the observations belong to one person and one competency, nor that retracted evidence
 * was left out; that is the caller's part.
 */
public sealed interface ProficiencyPolicy {

    /** The half-life {@code recency-weighted} uses when the text names none. */
    Duration DEFAULT_HALF_LIFE = Duration.ofDays(90);

    /**
     * Derives a level from the observations.
     *
     * @param observations the person's observations in one competency, never null, no null elements;
     *                     their order matters only where a policy says so (ties)
     * @param now          the time of assessment, never null
     * @return the assessment, empty when there are no observations
     */
    Optional<Assessment> assess(List<Observation> observations, Instant now);

    /** The policy as text, in the form {@link #parse(String)} reads: {@code parse(p.value()).equals(p)}. */
    String value();

    /**
     * Reads a policy from its textual form: {@code latest}, {@code highest}, {@code recency-weighted}
     * (half-life {@link #DEFAULT_HALF_LIFE}), {@code recency-weighted:<half-life>} where the half-life
     * is an ISO-8601 duration as {@link Duration#parse} reads it ({@code PT36H}, {@code P30D},
     * {@code P1DT12H}) or a period of days and weeks ({@code P2W}), and {@code manager-confirms}.
     * Matching is exact and case-sensitive, as for the other enumerated values of the API.
     *
     * @param text the policy as text, may be null (which is refused)
     * @throws IllegalArgumentException when the text is none of these forms, or the half-life is zero,
     *                                  negative, or in months or years (which have no fixed length)
     */
    static ProficiencyPolicy parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A proficiency policy is needed; " + PolicyText.EXPECTED);
        }
        return switch (text) {
            case "latest" -> new Latest();
            case "highest" -> new Highest();
            case "recency-weighted" -> new RecencyWeighted(DEFAULT_HALF_LIFE);
            case "manager-confirms" -> new ManagerConfirms();
            default -> {
                if (!text.startsWith(PolicyText.RECENCY_WEIGHTED_PREFIX)) {
                    throw new IllegalArgumentException("Unknown proficiency policy '" + text + "'; " + PolicyText.EXPECTED);
                }
                yield new RecencyWeighted(PolicyText.halfLife(text.substring(PolicyText.RECENCY_WEIGHTED_PREFIX.length())));
            }
        };
    }

    /**
     * The level of the most recent observation: the latest {@code observedAt}, and of observations
     * made at the same instant the one later in the list. Basis: that observation. Never provisional.
     */
    record Latest() implements ProficiencyPolicy {

        @Override
        public Optional<Assessment> assess(List<Observation> observations, Instant now) {
            Objects.requireNonNull(now, "now");
            return latest(observations).map(o -> new Assessment(o.level(), false, List.of(o.evidenceId())));
        }

        @Override
        public String value() {
            return "latest";
        }

        /** The latest observation; at equal instants the later in the list. */
        static Optional<Observation> latest(List<Observation> observations) {
            Observation latest = null;
            for (Observation observation : observations) {
                if (latest == null || !observation.observedAt().isBefore(latest.observedAt())) {
                    latest = observation;
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    /**
     * The highest level ever shown: once shown, a level is not lost. Basis: the first observation to
     * show it (the earliest {@code observedAt}; at equal instants the earlier in the list), which is
     * when the person reached the level. Never provisional.
     */
    record Highest() implements ProficiencyPolicy {

        @Override
        public Optional<Assessment> assess(List<Observation> observations, Instant now) {
            Objects.requireNonNull(now, "now");
            Observation highest = null;
            for (Observation observation : observations) {
                if (highest == null || observation.level() > highest.level()
                        || observation.level() == highest.level() && observation.observedAt().isBefore(highest.observedAt())) {
                    highest = observation;
                }
            }
            return Optional.ofNullable(highest).map(o -> new Assessment(o.level(), false, List.of(o.evidenceId())));
        }

        @Override
        public String value() {
            return "highest";
        }
    }

    /**
     * A weighted mean of all levels in which evidence loses half its influence every
     * {@code halfLife}, so recent evidence counts more without old evidence being thrown away.
     *
     * <pre>
     *   age(o)    = max(0, now - o.observedAt)          future-dated evidence counts as fresh
     *   w(o)      = o.weight * 0.5 ^ (age(o) / halfLife)
     *   mean      = sum(w(o) * o.level) / sum(w(o))
     *   level     = mean rounded half up                 2.5 becomes 3
     * </pre>
     *
     * The decay is computed relative to the freshest observation (a common factor, which the mean
     * does not depend on), so very old evidence cannot underflow every weight to zero. Basis: every
     * observation, in input order. Never provisional.
     *
     * @param halfLife the age at which evidence counts half, positive, never null
     */
    record RecencyWeighted(Duration halfLife) implements ProficiencyPolicy {

        /** Means within this distance below a half still round up: floating-point noise, not intent. */
        private static final double HALF_UP_TOLERANCE = 1e-9;

        public RecencyWeighted {
            if (halfLife == null || halfLife.isZero() || halfLife.isNegative()) {
                throw new IllegalArgumentException("The half-life of recency-weighted must be positive, not " + halfLife + ".");
            }
        }

        @Override
        public Optional<Assessment> assess(List<Observation> observations, Instant now) {
            Objects.requireNonNull(now, "now");
            if (observations.isEmpty()) {
                return Optional.empty();
            }
            double halfLifeSeconds = seconds(halfLife);
            double youngest = Double.POSITIVE_INFINITY;
            for (Observation observation : observations) {
                youngest = Math.min(youngest, ageSeconds(observation, now));
            }
            double weightedLevels = 0;
            double weights = 0;
            for (Observation observation : observations) {
                double halvings = (ageSeconds(observation, now) - youngest) / halfLifeSeconds;
                double weight = observation.weight() * Math.pow(0.5, halvings);
                weightedLevels += weight * observation.level();
                weights += weight;
            }
            int level = (int) Math.floor(weightedLevels / weights + 0.5 + HALF_UP_TOLERANCE);
            List<String> basis = observations.stream().map(Observation::evidenceId).toList();
            return Optional.of(new Assessment(level, false, basis));
        }

        /** {@code recency-weighted:P<n>D} when the half-life is whole days, else its ISO-8601 duration. */
        @Override
        public String value() {
            boolean wholeDays = halfLife.toSeconds() % Duration.ofDays(1).toSeconds() == 0 && halfLife.getNano() == 0;
            String text = wholeDays ? "P" + halfLife.toDays() + "D" : halfLife.toString();
            return PolicyText.RECENCY_WEIGHTED_PREFIX + text;
        }

        private static double ageSeconds(Observation observation, Instant now) {
            Duration age = Duration.between(observation.observedAt(), now);
            return age.isNegative() ? 0 : seconds(age);
        }

        private static double seconds(Duration duration) {
            return duration.getSeconds() + duration.getNano() / 1e9;
        }
    }

    /**
     * A manager's rating settles the level; other evidence only suggests one. When there is a
     * {@link SourceKind#MANAGER_RATING}, the latest of them (as {@link Latest} chooses) gives the
     * level, not provisional, even if other evidence is newer. Without one, the level {@link Latest}
     * derives from the other evidence, provisional until a manager confirms it.
     */
    record ManagerConfirms() implements ProficiencyPolicy {

        @Override
        public Optional<Assessment> assess(List<Observation> observations, Instant now) {
            Objects.requireNonNull(now, "now");
            List<Observation> ratings = observations.stream()
                    .filter(o -> o.source() == SourceKind.MANAGER_RATING)
                    .toList();
            if (!ratings.isEmpty()) {
                return Latest.latest(ratings).map(o -> new Assessment(o.level(), false, List.of(o.evidenceId())));
            }
            return new Latest().assess(observations, now)
                    .map(suggestion -> new Assessment(suggestion.level(), true, suggestion.basis()));
        }

        @Override
        public String value() {
            return "manager-confirms";
        }
    }
}
