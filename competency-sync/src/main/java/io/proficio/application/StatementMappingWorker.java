package io.proficio.application;

import io.proficio.domain.statement.MappingQueueEntry;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Drains the statement mapping queue: checked every second, then emptied chunk by chunk while it
 * holds work. A chunk of a tenant's statements is mapped in one transaction; when that fails, its
 * statements are mapped one at a time, so a failing statement is retried later without holding up
 * the others. Entries leave the queue only with a successful mapping, so a crash leaves them to the
 * next run; claiming with {@code SKIP LOCKED} keeps two nodes from mapping one statement at once.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class StatementMappingWorker {

    static final int DUE = 1000;
    static final int CHUNK = 250;
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
            List<MappingQueueEntry> due = mapping.due(DUE);
            // Stops when nothing is due, or when everything due is being mapped by another node.
            while (!due.isEmpty() && mapDue(due) > 0) {
                due = mapping.due(DUE);
            }
        } finally {
            running.set(false);
        }
    }

    private int mapDue(List<MappingQueueEntry> due) {
        Map<TenantId, List<String>> byTenant = due.stream().collect(Collectors.groupingBy(MappingQueueEntry::tenantId,
                LinkedHashMap::new, Collectors.mapping(MappingQueueEntry::statementId, Collectors.toList())));
        int mapped = 0;
        for (Map.Entry<TenantId, List<String>> tenant : byTenant.entrySet()) {
            List<String> ids = tenant.getValue();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                mapped += mapChunk(tenant.getKey(), ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            }
        }
        return mapped;
    }

    private int mapChunk(TenantId tenantId, List<String> statementIds) {
        try {
            return mapping.mapAll(tenantId, statementIds);
        } catch (RuntimeException chunkFailed) {
            int mapped = 0;
            for (String id : statementIds) {
                try {
                    mapped += mapping.mapAll(tenantId, List.of(id));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Mapping statement " + id + " failed; it will be retried", e);
                    mapping.failed(tenantId, id, String.valueOf(e.getMessage()));
                }
            }
            return mapped;
        }
    }
}
