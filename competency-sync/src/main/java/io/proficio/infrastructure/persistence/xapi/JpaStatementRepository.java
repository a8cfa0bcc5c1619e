package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.MappingQueueEntry;
import io.proficio.domain.statement.StatementCursor;
import io.proficio.domain.statement.StatementFilter;
import io.proficio.domain.statement.StatementKey;
import io.proficio.domain.statement.StatementKeyEntry;
import io.proficio.domain.statement.StatementRepository;
import io.proficio.domain.statement.XapiAttachment;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.BulkSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link StatementRepository} on JPA. */
@ApplicationScoped
public class JpaStatementRepository implements StatementRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;
    @Inject
    BulkSql bulk;

    @Override
    public void addAttachments(List<XapiAttachment> attachments) {
        attachments.stream().filter(a -> em.find(XapiAttachment.class, new XapiAttachment.Key(a.tenantId().value(),
                a.sha2())) == null).forEach(em::persist);
    }

    @Override
    public List<XapiAttachment> attachments(TenantId tenantId, Collection<String> sha2s) {
        return sha2s.isEmpty() ? List.of() : em.createQuery("SELECT a FROM XapiAttachment a WHERE a.tenantId = :tenant"
                        + " AND a.sha2 IN :hashes", XapiAttachment.class)
                .setParameter("tenant", tenantId.value()).setParameter("hashes", sha2s).getResultList();
    }

    @Override
    public List<XapiStatement> byIds(TenantId tenantId, Collection<String> ids) {
        return ids.isEmpty() ? List.of() : statements(byIdsQuery(tenantId, ids));
    }

    @Override
    public List<XapiStatement> readOnly(TenantId tenantId, Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : statements(byIdsQuery(tenantId, ids).setHint("eclipselink.read-only", "True"));
    }

    /**
     * One primary-key probe an id ({@link BulkSql#byIds}). Written as {@code tenant_id = ? AND id IN (…)},
     * PostgreSQL planned a scan of the tenant's rows whenever its statistics were older than the
     * tenant's statements (a new tenant's first hundred thousand), 60 ms instead of 2 ms for 250 ids.
     */
    private jakarta.persistence.Query byIdsQuery(TenantId tenantId, Collection<String> ids) {
        return em.createNativeQuery(bulk.byIds("s.*", "xapi_statement", "s.tenant_id = ? AND s.id = i.id"),
                        XapiStatement.class)
                .setParameter(1, idArray(ids)).setParameter(2, tenantId.value());
    }

    /** A list of ids as a table {@code i(id)}, from one array parameter. */
    private static final String ID_TABLE = "UNNEST(CAST(? AS VARCHAR ARRAY)) AS i(id)";

    private static String[] idArray(Collection<String> ids) {
        return ids.stream().distinct().toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    private static List<XapiStatement> statements(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    @Override
    public Optional<XapiStatement> find(TenantId tenantId, String id) {
        return byIds(tenantId, List.of(id)).stream().findFirst();
    }


    @Override
    public List<Due> due(Instant now, int limit) {
        List<Object[]> queued = em.createQuery("SELECT q.tenantId, q.statementId FROM MappingQueueEntry q"
                        + " WHERE q.nextAttemptAt <= :now ORDER BY q.nextAttemptAt", Object[].class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
        Map<String, List<String>> idsByTenant = new LinkedHashMap<>();
        queued.forEach(row -> idsByTenant.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]));
        Map<List<String>, String> actors = new HashMap<>();
        idsByTenant.forEach((tenant, ids) -> ((List<?>) em.createNativeQuery(
                        bulk.byIds("s.id, s.actor_ifi", "xapi_statement", "s.tenant_id = ? AND s.id = i.id"))
                .setParameter(1, idArray(ids)).setParameter(2, tenant).getResultList())
                .forEach(row -> actors.put(List.of(tenant, (String) ((Object[]) row)[0]), (String) ((Object[]) row)[1])));
        return queued.stream().map(row -> new Due(new TenantId((String) row[0]), (String) row[1],
                Optional.ofNullable(actors.get(List.of((String) row[0], (String) row[1]))))).toList();
    }

    @Override
    public Optional<MappingQueueEntry> queued(TenantId tenantId, String statementId) {
        return Optional.ofNullable(em.find(MappingQueueEntry.class, key(tenantId, statementId)));
    }

    @Override
    public List<String> claim(TenantId tenantId, List<String> statementIds) {
        if (statementIds.isEmpty()) {
            return List.of();
        }
        return ((List<?>) em.createNativeQuery("SELECT q.statement_id FROM " + ID_TABLE + " JOIN xapi_mapping_queue q"
                        + " ON q.tenant_id = ? AND q.statement_id = i.id FOR UPDATE OF q SKIP LOCKED")
                .setParameter(1, idArray(statementIds)).setParameter(2, tenantId.value())
                .getResultList()).stream().map(String::valueOf).toList();
    }

    @Override
    public void dequeue(TenantId tenantId, Collection<String> statementIds) {
        em.createNativeQuery("DELETE FROM xapi_mapping_queue WHERE tenant_id = ? AND statement_id = ANY(?)")
                .setParameter(1, tenantId.value()).setParameter(2, idArray(statementIds)).executeUpdate();
    }

    private static MappingQueueEntry.Key key(TenantId tenantId, String statementId) {
        return new MappingQueueEntry.Key(tenantId.value(), statementId);
    }

    @Override
    public int requeue(TenantId tenantId, Instant from, Instant to, Collection<String> statuses, Instant now) {
        String placeholders = String.join(", ", Collections.nCopies(statuses.size(), "?"));
        String matching = " FROM xapi_statement s WHERE s.tenant_id = ? AND s.stored_at >= ? AND s.stored_at < ?"
                + " AND s.voided = ? AND s.mapping_status IN (" + placeholders + ")";
        jakarta.persistence.Query enqueue = em.createNativeQuery("INSERT INTO xapi_mapping_queue"
                + " (tenant_id, statement_id, enqueued_at, attempts, next_attempt_at) SELECT s.tenant_id, s.id, ?, 0, ?"
                + matching);
        enqueue.setParameter(1, utc(now)).setParameter(2, utc(now));
        bindMatching(enqueue, 3, tenantId, from, to, statuses);
        int queued = enqueue.executeUpdate();
        jakarta.persistence.Query mark = em.createNativeQuery("UPDATE xapi_statement SET mapping_status = ?,"
                + " mapping_detail = ? WHERE (tenant_id, id) IN (SELECT s.tenant_id, s.id" + matching + ")");
        mark.setParameter(1, XapiStatement.QUEUED).setParameter(2, "Queued again to be mapped with the alignments"
                + " and rules of " + now + ".");
        bindMatching(mark, 3, tenantId, from, to, statuses);
        mark.executeUpdate();
        return queued;
    }

    private static void bindMatching(jakarta.persistence.Query query, int first, TenantId tenantId, Instant from,
                                     Instant to, Collection<String> statuses) {
        query.setParameter(first, tenantId.value()).setParameter(first + 1, utc(from)).setParameter(first + 2, utc(to))
                .setParameter(first + 3, false);
        int at = first + 4;
        for (String status : statuses) {
            query.setParameter(at++, status);
        }
    }

    /** Native queries take times as OffsetDateTime: the PostgreSQL driver does not bind an Instant. */
    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }



    private static String hasKey(String alias, String kindCondition, String parameter) {
        return " EXISTS (SELECT k FROM StatementKeyEntry k WHERE k.tenantId = " + alias + ".tenantId AND k.statementId = "
                + alias + ".id AND " + kindCondition + " AND k.value = " + parameter + ")";
    }

    /** The filters on what a statement says (agent, verb, activity, registration) for {@code alias}; "" for none. */
    private static String contentFilters(StatementFilter query, String alias) {
        StringBuilder jpql = new StringBuilder();
        // The actor column as well as the keys: statements stored before keys were kept are found by actor.
        query.agentIfi().ifPresent(v -> jpql.append(" AND (").append(alias).append(".actorIfi = :agent OR")
                .append(hasKey(alias, query.relatedAgents() ? "(k.kind = :agentKind OR k.kind = :relatedAgentKind)"
                        : "k.kind = :agentKind", ":agent")).append(")"));
        query.verbId().ifPresent(v -> jpql.append(" AND ").append(alias).append(".verbId = :verb"));
        query.activityId().ifPresent(v -> jpql.append(query.relatedActivities()
                ? " AND" + hasKey(alias, "k.kind = :activityKind", ":activity")
                : " AND " + alias + ".activityId = :activity"));
        query.registration().ifPresent(v -> jpql.append(" AND ").append(alias).append(".registration = :registration"));
        return jpql.toString();
    }

    @Override
    public List<XapiStatement> query(TenantId tenantId, StatementFilter query, Optional<StatementCursor> after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM XapiStatement s WHERE s.tenantId = :tenant AND s.voided = :voided");
        String own = contentFilters(query, "s");
        if (!own.isEmpty()) {
            jpql.append(" AND ((").append(own.substring(" AND ".length())).append(") OR EXISTS (SELECT t FROM XapiStatement t"
                    + " WHERE t.tenantId = s.tenantId AND t.id = s.refId").append(contentFilters(query, "t")).append("))");
        }
        query.since().ifPresent(v -> jpql.append(" AND s.storedAt > :since"));
        query.until().ifPresent(v -> jpql.append(" AND s.storedAt <= :until"));
        String order = query.ascending() ? "ASC" : "DESC";
        after.ifPresent(a -> jpql.append(query.ascending()
                ? " AND (s.storedAt > :afterStored OR (s.storedAt = :afterStored AND s.id > :afterId))"
                : " AND (s.storedAt < :afterStored OR (s.storedAt = :afterStored AND s.id < :afterId))"));
        jpql.append(" ORDER BY s.storedAt ").append(order).append(", s.id ").append(order);
        // Bound parameters throughout: with the EXISTS subquery EclipseLink would otherwise write the values
        // into the SQL, FALSE as 0, which H2 refuses.
        var typed = em.createQuery(jpql.toString(), XapiStatement.class).setParameter("tenant", tenantId.value())
                .setParameter("voided", false).setHint("eclipselink.jdbc.bind-parameters", "True");
        query.agentIfi().ifPresent(v -> typed.setParameter("agent", v)
                .setParameter("agentKind", StatementKey.Kind.AGENT.column()));
        if (query.agentIfi().isPresent() && query.relatedAgents()) {
            typed.setParameter("relatedAgentKind", StatementKey.Kind.RELATED_AGENT.column());
        }
        query.verbId().ifPresent(v -> typed.setParameter("verb", v));
        query.activityId().ifPresent(v -> typed.setParameter("activity", v));
        if (query.activityId().isPresent() && query.relatedActivities()) {
            typed.setParameter("activityKind", StatementKey.Kind.RELATED_ACTIVITY.column());
        }
        query.registration().ifPresent(v -> typed.setParameter("registration", v));
        query.since().ifPresent(v -> typed.setParameter("since", v));
        query.until().ifPresent(v -> typed.setParameter("until", v));
        after.ifPresent(a -> typed.setParameter("afterStored", a.storedAt()).setParameter("afterId", a.id()));
        return typed.setMaxResults(limit).getResultList();
    }
}
