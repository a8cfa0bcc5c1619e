package io.proficio.xapi.pull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of a pull's first request to an upstream LRS: xAPI 1.0.3 Communication §2.1.3 GET
 * Statements with {@code since} (exclusive, on the stored time), {@code activity}, {@code verb},
 * {@code limit} and always {@code ascending=true}, so that pages come oldest first and a pull can resume
 * after the last stored time it kept.
 *
 * @param since only Statements stored after this; empty for all. Sent in UTC with milliseconds,
 *     truncated, so an instant finer than a millisecond fetches a Statement again rather than skips one.
 *     Not null.
 * @param activity the Activity id (IRI) the Statements' object must have; empty for any. Not null.
 * @param verb the Verb id (IRI) the Statements must have; empty for any. Not null.
 * @param limit the most Statements per page; 0 lets the LRS choose (§2.1.3). Not negative.
 */
public record UpstreamQuery(Optional<Instant> since, Optional<String> activity, Optional<String> verb, int limit) {

    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public UpstreamQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(verb, "verb");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** Every Statement, {@code limit} a page. */
    public static UpstreamQuery all(int limit) {
        return new UpstreamQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** This query for the Statements stored after {@code instant} (not null). */
    public UpstreamQuery since(Instant instant) {
        return new UpstreamQuery(Optional.of(instant), activity, verb, limit);
    }

    /**
     * The query parameters in the order they are sent, not yet encoded: {@code since}, {@code activity},
     * {@code verb} where present, then {@code limit} and {@code ascending}.
     */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        since.ifPresent(instant -> parameters.put("since", UTC_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS))));
        activity.ifPresent(id -> parameters.put("activity", id));
        verb.ifPresent(id -> parameters.put("verb", id));
        parameters.put("limit", Integer.toString(limit));
        parameters.put("ascending", "true");
        return parameters;
    }
}
