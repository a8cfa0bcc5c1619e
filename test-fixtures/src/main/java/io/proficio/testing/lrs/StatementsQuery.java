package io.proficio.testing.lrs;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of GET Statements that a {@link TestLrs} serves (xAPI 1.0.3 Communication §2.1.3):
 * {@code since} (exclusive) and {@code until} (inclusive) on the stored time, {@code activity} (the
 * object's id), {@code verb} (the verb's id), {@code limit} (0 or absent: the server's page size, never
 * more), {@code ascending}, and {@code after}, the position a {@code more} link continues from.
 * {@code format} is accepted and ignored; any other parameter is refused, so a client that misspells one
 * finds out.
 */
record StatementsQuery(Optional<Instant> since, Optional<Instant> until, Optional<String> activity,
        Optional<String> verb, int limit, boolean ascending, Optional<Position> after) {

    static final String AFTER = "after";
    private static final Set<String> KNOWN =
            Set.of("since", "until", "activity", "verb", "limit", "ascending", "format", AFTER);

    /** A query the LRS refuses with 400; the message says why. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /**
     * @param parameters the decoded query parameters, first value of each
     * @param pageSize the most Statements a page may hold
     */
    static StatementsQuery parse(Map<String, String> parameters, int pageSize) throws Invalid {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new Invalid("This LRS does not serve the parameter " + name);
            }
        }
        Optional<Position> after = Optional.empty();
        if (parameters.containsKey(AFTER)) {
            after = Optional.of(Position.parse(parameters.get(AFTER))
                    .orElseThrow(() -> new Invalid("The more link was changed")));
        }
        return new StatementsQuery(instant(parameters, "since"), instant(parameters, "until"),
                Optional.ofNullable(parameters.get("activity")), Optional.ofNullable(parameters.get("verb")),
                limit(parameters.get("limit"), pageSize), ascending(parameters.get("ascending")), after);
    }

    /** Whether the Statement at {@code position} passes the filters, wherever the page starts. */
    boolean matches(Position position, JsonObject statement) {
        return since.map(s -> position.stored().isAfter(s)).orElse(true)
                && until.map(u -> !position.stored().isAfter(u)).orElse(true)
                && activity.map(id -> id.equals(activityId(statement))).orElse(true)
                && verb.map(id -> id.equals(id(statement.get("verb")))).orElse(true);
    }

    /** Whether {@code position} comes after the one the page continues from, in the query's order. */
    boolean isBeyondAfter(Position position) {
        return after.map(a -> ascending ? position.compareTo(a) > 0 : position.compareTo(a) < 0).orElse(true);
    }

    private static String activityId(JsonObject statement) {
        JsonValue object = statement.get("object");
        if (!(object instanceof JsonObject activity)) {
            return null;
        }
        String type = activity.getString("objectType", "Activity");
        return type.equals("Activity") ? id(activity) : null;
    }

    private static String id(JsonValue value) {
        return value instanceof JsonObject object ? object.getString("id", null) : null;
    }

    private static Optional<Instant> instant(Map<String, String> parameters, String name) throws Invalid {
        String text = parameters.get(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new Invalid(name + " must be an ISO 8601 timestamp with a time zone: " + text);
        }
    }

    private static int limit(String text, int pageSize) throws Invalid {
        if (text == null) {
            return pageSize;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit == 0 ? pageSize : Math.min(limit, pageSize);
        } catch (NumberFormatException e) {
            throw new Invalid("limit must be a whole number, 0 for the server's page size: " + text);
        }
    }

    private static boolean ascending(String text) throws Invalid {
        if (text == null || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new Invalid("ascending must be true or false: " + text);
    }
}
