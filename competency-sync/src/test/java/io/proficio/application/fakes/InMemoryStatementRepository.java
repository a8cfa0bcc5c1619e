package io.proficio.application.fakes;

import io.proficio.domain.statement.MappingQueueEntry;
import io.proficio.domain.statement.StatementCursor;
import io.proficio.domain.statement.StatementFilter;
import io.proficio.domain.statement.StatementRepository;
import io.proficio.domain.statement.XapiAttachment;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link StatementRepository} in memory, as {@code JpaStatementRepository} answers: the tenant's
 * statement rows and mapping queue, written by {@link InMemoryStatementWriter}. A statement can be
 * held by "another node" ({@link #lockElsewhere}), which {@link #claim} then skips as
 * {@code FOR UPDATE SKIP LOCKED} does. Statement queries are not supported.
 */
public final class InMemoryStatementRepository implements StatementRepository {

    /** Rows by tenant and statement id, in the order stored. */
    private final Map<List<String>, XapiStatement> rows = new LinkedHashMap<>();
    private final Map<List<String>, MappingQueueEntry> queue = new LinkedHashMap<>();
    private final Set<List<String>> lockedElsewhere = new HashSet<>();
    private final List<XapiAttachment> attachments = new ArrayList<>();

    private static List<String> key(TenantId tenantId, String statementId) {
        return List.of(tenantId.value(), statementId);
    }

    /** Stores a row, as the writer's {@code INSERT} does. */
    void insert(XapiStatement row) {
        rows.put(key(row.tenantId(), row.id()), row);
    }

    boolean contains(TenantId tenantId, String statementId) {
        return rows.containsKey(key(tenantId, statementId));
    }

    /** Queues a statement for mapping, due at {@code at}, as the writer's queue {@code INSERT} does. */
    void enqueue(TenantId tenantId, String statementId, Instant at) {
        MappingQueueEntry entry = EntityFields.instantiate(MappingQueueEntry.class);
        EntityFields.set(entry, "tenantId", tenantId.value());
        EntityFields.set(entry, "statementId", statementId);
        EntityFields.set(entry, "enqueuedAt", at);
        EntityFields.set(entry, "attempts", 0);
        EntityFields.set(entry, "nextAttemptAt", at);
        queue.putIfAbsent(key(tenantId, statementId), entry);
    }

    /** The ids of the tenant's statements still to map, in the order queued. */
    public List<String> queued(TenantId tenantId) {
        return queue.keySet().stream().filter(k -> k.get(0).equals(tenantId.value())).map(k -> k.get(1)).toList();
    }

    /** Another node holds the statement's queue entry, so {@link #claim} skips it. */
    public void lockElsewhere(TenantId tenantId, String statementId) {
        lockedElsewhere.add(key(tenantId, statementId));
    }

    @Override
    public void addAttachments(List<XapiAttachment> newAttachments) {
        newAttachments.stream().filter(a -> attachments.stream().noneMatch(kept -> kept.tenantId().equals(a.tenantId())
                && kept.sha2().equals(a.sha2()))).forEach(attachments::add);
    }

    @Override
    public List<XapiAttachment> attachments(TenantId tenantId, Collection<String> sha2s) {
        return attachments.stream().filter(a -> a.tenantId().equals(tenantId) && sha2s.contains(a.sha2())).toList();
    }

    @Override
    public List<XapiStatement> byIds(TenantId tenantId, Collection<String> ids) {
        return ids.stream().distinct().map(id -> rows.get(key(tenantId, id))).filter(row -> row != null).toList();
    }

    @Override
    public List<XapiStatement> readOnly(TenantId tenantId, Collection<String> ids) {
        return byIds(tenantId, ids);
    }

    @Override
    public Optional<XapiStatement> find(TenantId tenantId, String id) {
        return Optional.ofNullable(rows.get(key(tenantId, id)));
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        return queue.values().stream()
                .filter(entry -> !((Instant) EntityFields.get(entry, "nextAttemptAt")).isAfter(now))
                .sorted(Comparator.comparing(entry -> (Instant) EntityFields.get(entry, "nextAttemptAt")))
                .limit(limit)
                .map(entry -> new Due(entry.tenantId(), entry.statementId(),
                        find(entry.tenantId(), entry.statementId()).flatMap(XapiStatement::actorIfi)))
                .toList();
    }

    @Override
    public Optional<MappingQueueEntry> queued(TenantId tenantId, String statementId) {
        return Optional.ofNullable(queue.get(key(tenantId, statementId)));
    }

    @Override
    public List<String> claim(TenantId tenantId, List<String> statementIds) {
        return statementIds.stream().distinct().filter(id -> queue.containsKey(key(tenantId, id))
                && !lockedElsewhere.contains(key(tenantId, id))).toList();
    }

    @Override
    public void dequeue(TenantId tenantId, Collection<String> statementIds) {
        statementIds.forEach(id -> queue.remove(key(tenantId, id)));
    }

    @Override
    public int requeue(TenantId tenantId, Instant from, Instant to, Collection<String> statuses, Instant now) {
        int queued = 0;
        for (XapiStatement row : rows.values()) {
            if (row.tenantId().equals(tenantId) && !row.storedAt().isBefore(from) && row.storedAt().isBefore(to)
                    && statuses.contains(row.mappingStatus()) && !queue.containsKey(key(tenantId, row.id()))) {
                enqueue(tenantId, row.id(), now);
                queued++;
            }
        }
        return queued;
    }

    @Override
    public List<XapiStatement> query(TenantId tenantId, StatementFilter filter, Optional<StatementCursor> after,
                                     int limit) {
        throw new UnsupportedOperationException("query");
    }
}
