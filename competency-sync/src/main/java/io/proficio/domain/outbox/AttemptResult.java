package io.proficio.domain.outbox;

import java.time.Instant;

/**
 * What one delivery attempt came to, whatever the connector.
 *
 * @param statusCode the HTTP status the destination answered, null when it did not answer
 * @param note       why it failed, or, for a delivery with nothing to send (skipped), why not; may be null
 */
public record AttemptResult(Instant startedAt, Integer statusCode, long latencyMs, String note, boolean delivered) {

    /** The destination answered; 2xx is a delivery. */
    public static AttemptResult answered(Instant startedAt, int statusCode, long latencyMs) {
        return new AttemptResult(startedAt, statusCode, latencyMs, null, statusCode >= 200 && statusCode < 300);
    }

    /** The destination answered with an error it explained. */
    public static AttemptResult refused(Instant startedAt, int statusCode, long latencyMs, String note) {
        return new AttemptResult(startedAt, statusCode, latencyMs, note, false);
    }

    /**
     * The destination refused this one event for what it holds, and would refuse it again (an LMS that
     * takes no score for a user who is not a student: Moodle's 400, Canvas's 422): done, with the status
     * and the reason kept in the log, and no retry.
     */
    public static AttemptResult declined(Instant startedAt, int statusCode, long latencyMs, String note) {
        return new AttemptResult(startedAt, statusCode, latencyMs, note, true);
    }

    /** No answer: a time-out, a refused connection, a bad address. */
    public static AttemptResult failed(Instant startedAt, long latencyMs, String note) {
        return new AttemptResult(startedAt, null, latencyMs, note, false);
    }

    /** Nothing to send for this event at this destination: done, with the reason. */
    public static AttemptResult skipped(Instant startedAt, String reason) {
        return new AttemptResult(startedAt, null, 0, reason, true);
    }
}
