package io.proficio.domain.statement;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * How far a pull from an upstream LRS has got: the position of the latest Statement taken, its stored
 * time and then its id, as the LRS orders Statements (xAPI 1.0.3 Communication §2.1.3 orders by stored
 * time; stored times can tie, so the id places a Statement among its ties).
 *
 * @param stored      the Statement's {@code stored} time as the upstream LRS gave it; not null
 * @param statementId the Statement's id as the upstream LRS gave it; not null
 */
public record UpstreamCheckpoint(Instant stored, String statementId) implements Comparable<UpstreamCheckpoint> {

    private static final Comparator<UpstreamCheckpoint> ORDER =
            Comparator.comparing(UpstreamCheckpoint::stored).thenComparing(UpstreamCheckpoint::statementId);

    public UpstreamCheckpoint {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(statementId, "statementId");
    }

    /**
     * The {@code since} of the next pull: one millisecond before the checkpoint's stored time. {@code since}
     * is exclusive (Communication §2.1.3) and Statements stored in the same millisecond as the checkpoint
     * may not all have been taken (a page can end inside a run of tied stored times, and an LRS may store
     * more at that time later). So those are fetched again, and the intake, which treats a Statement it
     * holds already as no change (Data §2.3.1), keeps the pull exact.
     */
    public Instant since() {
        return stored.minusMillis(1);
    }

    @Override
    public int compareTo(UpstreamCheckpoint other) {
        return ORDER.compare(this, other);
    }
}
