package io.proficio.domain.outbox;

import io.proficio.domain.tenant.TenantId;
import java.util.List;

/**
 * The outbox table. {@link #sequencePending} is the one writer of feed positions: it holds the
 * single sequencer row locked while it numbers the committed events that have none, so positions
 * are handed out in one order, commit together, and a reader that has seen position n has seen
 * every position below it.
 */
public interface OutboxRepository {

    /** An event just given its position and sequence. */
    public record Sequenced(String id, String tenantId, String type, String subject, long position, long sequence) {
    }

    /**
     * Writes the event at once, with SQL rather than at the unit of work's flush, so that events
     * take their {@code written} order from the order of these calls (the flush orders inserts of
     * one entity as it likes). Without a flush first: nothing in the unit of work bears on the
     * insert, and flushing before each one compared every object the transaction had loaded (the
     * evidence and levels of a whole batch) once per event.
     */
    void append(OutboxEvent event);

    /**
     * Numbers up to {@code limit} committed events that have no position yet, oldest first, in one
     * update. Runs in the caller's transaction, which must commit (or roll back) promptly: it holds
     * the sequencer.
     *
     * @param wait whether to wait for the sequencer when another transaction holds it; without, that
     *             other transaction is numbering the same events and this call numbers none
     */
    List<Sequenced> sequencePending(int limit, boolean wait);

    /** The tenant's sequenced events after {@code position}, in feed order. */
    List<OutboxEvent> after(TenantId tenantId, long position, int limit);
}
