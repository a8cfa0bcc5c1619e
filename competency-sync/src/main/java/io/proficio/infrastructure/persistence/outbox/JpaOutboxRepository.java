package io.proficio.infrastructure.persistence.outbox;

import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.outbox.OutboxRepository;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.BulkSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link OutboxRepository} on JPA. */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {


    @PersistenceContext(unitName = "proficio")
    EntityManager em;
    @Inject
    BulkSql bulk;

    @Override
    public void append(OutboxEvent event) {
        em.createNativeQuery("INSERT INTO outbox_event (id, tenant_id, type, subject, occurred_at, data)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, event.id()).setParameter(2, event.tenantId().value()).setParameter(3, event.type())
                .setParameter(4, event.subject()).setParameter(5, event.occurredAt().atOffset(ZoneOffset.UTC))
                .setParameter(6, event.data()).setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    @Override
    public List<Sequenced> sequencePending(int limit, boolean wait) {
        List<?> sequencer = em.createNativeQuery("SELECT last_position FROM outbox_sequencer WHERE id = 1 FOR UPDATE"
                + (wait ? "" : " SKIP LOCKED")).getResultList();
        if (sequencer.isEmpty()) {
            return List.of();
        }
        long last = ((Number) sequencer.get(0)).longValue();
        // The limit in the SQL: setMaxResults on a native query caps only the rows fetched, not what is read.
        List<?> rows = em.createNativeQuery("SELECT id, tenant_id, type, subject FROM outbox_event WHERE position IS NULL"
                + " ORDER BY position, written FETCH FIRST ? ROWS ONLY").setParameter(1, limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Long> lastSequence = lastSequences(rows);
        List<Sequenced> sequenced = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String subject = (String) r[3];
            long sequence = lastSequence.merge(subject, 1L, Long::sum);
            sequenced.add(new Sequenced((String) r[0], (String) r[1], (String) r[2], subject, ++last, sequence));
        }
        // Positions and sequences of the whole batch in one statement.
        BulkSql.bind(em.createNativeQuery(bulk.update("outbox_event", BulkSql.rows("id", "position", "sequence"),
                        "t.id = u.id", "position = CAST(u.position AS BIGINT), sequence = CAST(u.sequence AS BIGINT)")),
                1, BulkSql.columns(sequenced, Sequenced::id, s -> Long.toString(s.position()),
                        s -> Long.toString(s.sequence()))).executeUpdate();
        em.createNativeQuery("UPDATE outbox_sequencer SET last_position = ? WHERE id = 1").setParameter(1, last)
                .executeUpdate();
        return sequenced;
    }

    /** The highest sequence given so far to each subject of {@code rows} (subjects are person ids, unique across tenants). */
    private Map<String, Long> lastSequences(List<?> rows) {
        List<String> subjects = rows.stream().map(r -> (String) ((Object[]) r)[3]).distinct().toList();
        Map<String, Long> last = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT subject, MAX(sequence) FROM outbox_event WHERE subject = ANY(?)"
                + " AND sequence IS NOT NULL GROUP BY subject").setParameter(1, subjects.toArray(String[]::new))
                .getResultList()) {
            Object[] r = (Object[]) row;
            last.put((String) r[0], ((Number) r[1]).longValue());
        }
        return last;
    }

    @Override
    public List<OutboxEvent> after(TenantId tenantId, long position, int limit) {
        return em.createQuery("SELECT e FROM OutboxEvent e WHERE e.tenantId = :tenant AND e.position > :after"
                        + " ORDER BY e.position", OutboxEvent.class)
                .setParameter("tenant", tenantId.value()).setParameter("after", position)
                .setMaxResults(limit).getResultList();
    }
}
