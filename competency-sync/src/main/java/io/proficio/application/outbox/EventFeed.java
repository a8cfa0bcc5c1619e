package io.proficio.application.outbox;

import io.proficio.domain.error.ProficioException;
import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.outbox.OutboxRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The change feed ({@code GET /api/v1/events?after=}) and the sequencer behind it. The cursor is the
 * feed position of the last event read; positions are given after commit in one order without gaps
 * ({@link OutboxRepository#sequencePending}), so a reader that follows {@code next} sees every event
 * exactly once, in order.
 */
@Stateless
public class EventFeed {

    static final int SEQUENCE_BATCH = 1000;
    public static final int MAX_PAGE = 1000;

    @Inject
    OutboxRepository outbox;
    @Inject
    DeliveryService deliveries;
    @Resource
    SessionContext context;

    /** A page of the feed and the cursor to ask for the next one with (the same cursor when it was empty). */
    public record Page(List<OutboxEvent> events, String next) {
    }

    /**
     * Numbers one batch of committed events and makes their deliveries, in a transaction of its own.
     *
     * @param wait whether to wait for the sequencer if another transaction holds it (else: number none)
     * @return how many were numbered: {@value #SEQUENCE_BATCH} when more may be waiting
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sequenceBatch(boolean wait) {
        List<OutboxRepository.Sequenced> sequenced = outbox.sequencePending(SEQUENCE_BATCH, wait);
        deliveries.fanOut(sequenced, Instant.now());
        return sequenced.size();
    }

    /** Numbers every event committed so far, waiting for the sequencer as needed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sequenceAll() {
        EventFeed self = context.getBusinessObject(EventFeed.class);
        int total = 0;
        int batch;
        do {
            batch = self.sequenceBatch(true);
            total += batch;
        } while (batch == SEQUENCE_BATCH);
        return total;
    }

    /**
     * @param after the cursor from the previous page, or null to read from the start
     * @param limit 1 to {@value #MAX_PAGE}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Page read(TenantId tenantId, String after, int limit) {
        long position = parse(after);
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProficioException.invalid("/limit", "limit must be between 1 and " + MAX_PAGE + ".");
        }
        sequenceAll();
        List<OutboxEvent> events = outbox.after(tenantId, position, limit);
        String next = events.isEmpty() ? Long.toString(position)
                : Long.toString(events.get(events.size() - 1).position().orElseThrow());
        return new Page(events, next);
    }

    private static long parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(cursor.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ProficioException.invalid("/after", "after must be a cursor this feed returned as next, not '" + cursor + "'.");
    }
}
