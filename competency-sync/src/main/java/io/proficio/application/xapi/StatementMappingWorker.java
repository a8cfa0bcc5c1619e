package io.proficio.application.xapi;

import io.proficio.domain.operations.TableUpkeep;
import io.proficio.domain.statement.StatementRepository.Due;
import io.proficio.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Drains the statement mapping queue: as soon as a transaction that queued statements commits on
 * this node ({@link StatementsQueued}), and every second in any case (statements queued on another
 * node, retries coming due), then emptied while it holds work, in up to {@value #LANES} lanes at
 * once. A statement's lane follows its actor, so one person's statements are never mapped by two
 * transactions at once (their proficiency rows would collide); in a lane a chunk of a tenant's
 * statements is mapped in one transaction, and when that fails its statements are mapped one at a
 * time, so a failing statement is retried later without holding up the others. Entries leave the
 * queue only with a successful mapping, so a crash leaves them to the next run; claiming with
 * {@code SKIP LOCKED} keeps two nodes from mapping one statement at once.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class StatementMappingWorker {

    static final int DUE = 4000;
    static final int CHUNK = 500;
    static final int LANES = 4;
    /** Statements mapped between two vacuums of the queue ({@link TableUpkeep#mappingQueue}). */
    static final int VACUUM_AFTER = 10_000;
    /**
     * Statements mapped before the first renewal of the statistics ({@link TableUpkeep#statementStatistics})
     * after the server starts; twice as many before each next one, up to {@link #ANALYZE_AFTER_AT_MOST}:
     * as tables grow, each renewal follows a similar share of growth, as autovacuum's scale factor would.
     */
    static final int ANALYZE_AFTER_AT_FIRST = 1_000;
    static final int ANALYZE_AFTER_AT_MOST = 1_024_000;
    private static final Logger LOG = Logger.getLogger(StatementMappingWorker.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    /** Set by {@link #wake}: there may be new statements, so a drain looks (at least) once more. */
    private final AtomicBoolean nudged = new AtomicBoolean();
    /** Only the one drain that runs at a time ({@link #running}) counts. */
    private int mappedSinceVacuum;
    private int mappedSinceAnalyze;
    private int analyzeAfter = ANALYZE_AFTER_AT_FIRST;

    @Inject
    StatementMappingService mapping;
    @Inject
    TableUpkeep vacuum;
    @Resource
    ManagedExecutorService executor;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        wake();
    }

    /** After a commit that queued statements on this node: they are mapped at once, not at the next tick. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementsQueued queued) {
        wake();
    }

    /** Starts a drain unless one runs, and has a running one look once more before it stops. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void wake() {
        nudged.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                executor.submit(this::drainWhileNudged);
            } catch (RejectedExecutionException busy) {
                running.set(false);
            }
        }
    }

    /**
     * Drains; a nudge that came as it stopped drains again. Each mapping commits on its own
     * ({@link StatementMappingService#mapAll}); the loop holds no transaction.
     */
    private void drainWhileNudged() {
        do {
            try {
                nudged.set(false);
                drain();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Draining the mapping queue failed; its statements stay queued", e);
            } finally {
                running.set(false);
            }
        } while (nudged.get() && running.compareAndSet(false, true));
    }

    private void drain() {
        List<Due> due = mapping.due(DUE);
        int mapped;
        // Stops when nothing is due, or when everything due is being mapped by another node.
        while (!due.isEmpty() && (mapped = mapInLanes(due)) > 0) {
            mappedSinceVacuum += mapped;
            mappedSinceAnalyze += mapped;
            if (mappedSinceVacuum >= VACUUM_AFTER) {
                vacuum.mappingQueue();
                mappedSinceVacuum = 0;
            }
            if (mappedSinceAnalyze >= analyzeAfter) {
                vacuum.statementStatistics();
                mappedSinceAnalyze = 0;
                analyzeAfter = Math.min(ANALYZE_AFTER_AT_MOST, analyzeAfter * 2);
            }
            due = mapping.due(DUE);
        }
    }

    /** As many lanes as there are chunks to map, up to {@value #LANES}: a lane's chunk has a fixed cost. */
    private int mapInLanes(List<Due> due) {
        int width = Math.max(1, Math.min(LANES, due.size() / CHUNK));
        Map<Integer, List<Due>> lanes = due.stream().collect(Collectors.groupingBy(
                d -> Math.floorMod(d.actorIfi().orElse("").hashCode(), width), LinkedHashMap::new, Collectors.toList()));
        List<Future<Integer>> running = new ArrayList<>();
        lanes.values().forEach(lane -> running.add(executor.submit(() -> mapLane(lane))));
        int mapped = 0;
        for (Future<Integer> lane : running) {
            try {
                mapped += lane.get();
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "A mapping lane failed; its statements stay queued", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mapped;
            }
        }
        return mapped;
    }

    private int mapLane(List<Due> lane) {
        Map<TenantId, List<String>> byTenant = lane.stream().collect(Collectors.groupingBy(Due::tenantId,
                LinkedHashMap::new, Collectors.mapping(Due::statementId, Collectors.toList())));
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
