package io.proficio.application;

import io.proficio.domain.statement.MappingQueueEntry;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the statement mapping queue every second, a statement at a time, each in its own
 * transaction; a failing statement is retried later without holding up the others. Entries are
 * only ever removed by a successful mapping, so a crash leaves them to the next run; evidence is
 * idempotent per statement and competency, so two nodes mapping one statement record it once.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class StatementMappingWorker {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(StatementMappingWorker.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    StatementMappingService mapping;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (MappingQueueEntry entry : mapping.due(BATCH)) {
                try {
                    mapping.mapOne(entry.tenantId(), entry.statementId());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mapping statement " + entry.statementId() + " failed; it will be retried", e);
                    mapping.failed(entry.tenantId(), entry.statementId(), String.valueOf(e.getMessage()));
                }
            }
        } finally {
            running.set(false);
        }
    }
}
