package io.proficio.xapi.pull;

import io.proficio.domain.statement.UpstreamCheckpoint;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of a pull asks an upstream LRS for, and how far each page takes it. Pure: no I/O.
 *
 * <p>A run asks GET Statements (xAPI 1.0.3 Communication §2.1.3) with {@code since} one millisecond before
 * the checkpoint's stored time ({@link UpstreamCheckpoint#since()}: {@code since} is exclusive and stored
 * times tie, so the Statements at the checkpoint's millisecond come again and the intake finds them
 * unchanged), the upstream's {@code activity} and {@code verb} filters, {@value #PAGE_LIMIT} a page,
 * ascending, and follows {@code more} for at most {@value #MAX_PAGES} pages or {@link #MAX_RUN}, so that one
 * upstream with a long backlog does not hold up the others; a run that stops with pages left is due again
 * at once. (So a run of more Statements with one stored time than a run's pages hold could never be got
 * past; xAPI gives no way past it but more pages.)
 */
public final class PullPlan {

    /** The {@code limit} asked for; an LRS may send fewer a page. */
    public static final int PAGE_LIMIT = 100;
    /** The most pages one run follows. */
    public static final int MAX_PAGES = 50;
    /** After this long a run asks for no further page. */
    public static final Duration MAX_RUN = Duration.ofMinutes(2);
    /** The longest Statement id a checkpoint holds (a UUID, Data §2.4.1; the column's size). */
    static final int MAX_ID_LENGTH = 36;

    private PullPlan() {
    }

    /**
     * The first request of a run.
     *
     * @param checkpoint where the last run got to; empty to start from the upstream's first Statement
     * @param activity   the Activity filter; empty for any
     * @param verb       the Verb filter; empty for any
     */
    public static UpstreamQuery firstQuery(Optional<UpstreamCheckpoint> checkpoint, Optional<String> activity,
                                           Optional<String> verb) {
        return new UpstreamQuery(checkpoint.map(UpstreamCheckpoint::since), activity, verb, PAGE_LIMIT);
    }

    /**
     * The checkpoint a page reaches: the greatest position, stored time then id, among its Statements. The
     * LRS sends them oldest first, so that is the last one; taking the greatest keeps the checkpoint right
     * should an LRS not keep to the order within a page. A Statement without a readable {@code stored}
     * (a timestamp with a zone, Data §4.5) or with an id that is not a string of at most 36 characters has
     * no position and is passed over.
     *
     * @param statements a page as the LRS sent it; not null
     * @return empty when no Statement of the page has a position
     */
    public static Optional<UpstreamCheckpoint> reachedBy(List<JsonObject> statements) {
        return statements.stream().map(PullPlan::position).flatMap(Optional::stream).max(UpstreamCheckpoint::compareTo);
    }

    /**
     * Whether a run that has fetched {@code pages} pages since {@code started} may fetch another.
     *
     * @param now not null
     */
    public static boolean mayFetchMore(int pages, Instant started, Instant now) {
        return pages < MAX_PAGES && Duration.between(Objects.requireNonNull(started), now).compareTo(MAX_RUN) < 0;
    }

    private static Optional<UpstreamCheckpoint> position(JsonObject statement) {
        if (!(statement.get("id") instanceof JsonString id) || id.getString().isEmpty()
                || id.getString().length() > MAX_ID_LENGTH || !(statement.get("stored") instanceof JsonString stored)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UpstreamCheckpoint(OffsetDateTime.parse(stored.getString()).toInstant(), id.getString()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
