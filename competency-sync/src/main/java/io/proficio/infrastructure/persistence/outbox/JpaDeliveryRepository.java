package io.proficio.infrastructure.persistence.outbox;

import io.proficio.domain.outbox.Delivery;
import io.proficio.domain.outbox.DeliveryAttempt;
import io.proficio.domain.outbox.DeliveryRepository;
import io.proficio.domain.outbox.DeliveryStatus;
import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.BulkSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link DeliveryRepository} on JPA. */
@ApplicationScoped
public class JpaDeliveryRepository implements DeliveryRepository {


    private static final String PENDING = DeliveryStatus.PENDING.name();

    @PersistenceContext(unitName = "proficio")
    EntityManager em;
    @Inject
    BulkSql bulk;

    @Override
    public void addAll(List<NewDelivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return;
        }
        BulkSql.bind(em.createNativeQuery("INSERT INTO delivery (id, tenant_id, event_id, destination_id, subject,"
                                + " sequence, position, status, attempts, next_attempt_at, created_at, round_started_at)"
                                + " SELECT u.id, u.tenant_id, u.event_id, u.destination_id, u.subject,"
                                + " CAST(u.sequence AS BIGINT), CAST(u.position AS BIGINT), ?, 0, ?, ?, ? FROM "
                                + BulkSql.rows("id", "tenant_id", "event_id", "destination_id", "subject", "sequence",
                                "position"))
                        .setParameter(1, PENDING).setParameter(2, utc(now)).setParameter(3, utc(now))
                        .setParameter(4, utc(now)), 5,
                BulkSql.columns(deliveries, d -> UUID.randomUUID().toString(), NewDelivery::tenantId,
                        NewDelivery::eventId, NewDelivery::destinationId, NewDelivery::subject,
                        d -> Long.toString(d.sequence()), d -> Long.toString(d.position())))
                .executeUpdate();
    }

    @Override
    public List<String> destinationsWithWork(Instant now) {
        return ((List<?>) em.createNativeQuery("SELECT d.id FROM destination d WHERE d.deleted_at IS NULL AND EXISTS"
                        + " (SELECT 1 FROM delivery x WHERE x.destination_id = d.id AND x.status = ? AND x.next_attempt_at <= ?)")
                .setParameter(1, PENDING).setParameter(2, utc(now)).getResultList())
                .stream().map(String::valueOf).toList();
    }

    @Override
    public List<String> lease(String destinationId, int maxInFlight, String owner, Instant now, Instant until) {
        if (em.createNativeQuery("SELECT id FROM destination WHERE id = ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, destinationId).getResultList().isEmpty()) {
            return List.of();
        }
        // Only a pending delivery holds a lease (every change of status clears it), so the live leases
        // are what is in flight: found through the lease index alone, where naming the status too
        // could draw PostgreSQL to the (destination, status) prefix of the due index and every pending row.
        long inFlight = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM delivery WHERE destination_id = ?"
                        + " AND leased_until >= ?")
                .setParameter(1, destinationId).setParameter(2, utc(now)).getSingleResult()).longValue();
        int room = (int) (maxInFlight - inFlight);
        if (room <= 0) {
            return List.of();
        }
        List<String> ids = ((List<?>) em.createNativeQuery("SELECT d.id FROM delivery d WHERE d.destination_id = ?"
                        + " AND d.status = ? AND d.next_attempt_at <= ? AND (d.leased_until IS NULL OR d.leased_until < ?)"
                        + " AND d.sequence = (SELECT e.sequence FROM delivery e WHERE e.destination_id = d.destination_id"
                        + " AND e.subject = d.subject AND e.status = ?"
                        + " ORDER BY e.destination_id, e.subject, e.status, e.sequence FETCH FIRST 1 ROW ONLY)"
                        + " ORDER BY d.destination_id, d.status, d.next_attempt_at, d.position FETCH FIRST ? ROWS ONLY")
                .setParameter(1, destinationId).setParameter(2, PENDING).setParameter(3, utc(now))
                .setParameter(4, utc(now)).setParameter(5, PENDING).setParameter(6, room).getResultList())
                .stream().map(String::valueOf).toList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE delivery SET leased_until = ?, lease_owner = ? WHERE id = ANY(?)")
                    .setParameter(1, utc(until)).setParameter(2, owner).setParameter(3, ids.toArray(String[]::new))
                    .executeUpdate();
        }
        return ids;
    }

    @Override
    public List<Claimed> claimed(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT d, e FROM Delivery d, OutboxEvent e WHERE e.id = d.eventId"
                + " AND d.id IN :ids ORDER BY d.position", Object[].class).setParameter("ids", ids).getResultList()) {
            Delivery d = (Delivery) row[0];
            claimed.add(new Claimed(d.id(), d.destinationId(), d.attempts(), d.roundStartedAt(), (OutboxEvent) row[1]));
        }
        return claimed;
    }

    @Override
    public void logAttempts(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        BulkSql.bind(em.createNativeQuery("INSERT INTO delivery_attempt (id, delivery_id, attempt, started_at, status_code,"
                        + " latency_ms, error) SELECT u.id, u.delivery_id, CAST(u.attempt AS INTEGER),"
                        + " CAST(u.started_at AS TIMESTAMP WITH TIME ZONE), CAST(u.status_code AS INTEGER),"
                        + " CAST(u.latency_ms AS INTEGER), u.error FROM "
                        + BulkSql.rows("id", "delivery_id", "attempt", "started_at", "status_code", "latency_ms", "error")),
                1, BulkSql.columns(attempts, a -> UUID.randomUUID().toString(), Attempt::deliveryId,
                        a -> Integer.toString(a.attempt()), a -> a.startedAt().toString(), a -> text(a.statusCode()),
                        a -> Long.toString(a.latencyMs()), a -> truncate(a.error())))
                .executeUpdate();
    }

    @Override
    public void delivered(List<Done> done, String owner, Instant at) {
        if (done.isEmpty()) {
            return;
        }
        BulkSql.bind(em.createNativeQuery(bulk.update("delivery",
                        BulkSql.rows("id", "attempts", "last_status", "last_error", "delivered_at"),
                        "t.id = u.id AND t.lease_owner = ? AND t.status = ?",
                        "status = '" + DeliveryStatus.DELIVERED.name() + "', attempts = CAST(u.attempts AS INTEGER),"
                                + " delivered_at = CAST(u.delivered_at AS TIMESTAMP WITH TIME ZONE),"
                                + " last_status = CAST(u.last_status AS INTEGER), last_error = u.last_error,"
                                + " leased_until = NULL, lease_owner = NULL")), 1,
                        BulkSql.columns(done, Done::deliveryId, d -> Integer.toString(d.attempts()),
                                d -> text(d.statusCode()), d -> truncate(d.note()), d -> at.toString()))
                .setParameter(6, owner).setParameter(7, PENDING).executeUpdate();
    }

    @Override
    public boolean failed(String deliveryId, String owner, int attempts, Integer statusCode, String error,
                          Optional<Instant> next, Instant at) {
        // Pending again at its next attempt, or dead since now.
        return em.createNativeQuery("UPDATE delivery SET status = ?, attempts = ?, next_attempt_at = ?,"
                        + " dead_at = CASE WHEN ? THEN NULL ELSE CAST(? AS TIMESTAMP WITH TIME ZONE) END,"
                        + " last_status = CAST(? AS INTEGER), last_error = ?, leased_until = NULL, lease_owner = NULL"
                        + " WHERE id = ? AND lease_owner = ? AND status = ?")
                .setParameter(1, next.isPresent() ? PENDING : DeliveryStatus.DEAD.name()).setParameter(2, attempts)
                .setParameter(3, utc(next.orElse(at))).setParameter(4, next.isPresent()).setParameter(5, utc(at))
                .setParameter(6, statusCode).setParameter(7, truncate(error)).setParameter(8, deliveryId)
                .setParameter(9, owner).setParameter(10, PENDING).executeUpdate() == 1;
    }

    @Override
    public boolean replay(TenantId tenantId, String deliveryId, Instant now) {
        return em.createNativeQuery("UPDATE delivery SET status = ?, attempts = 0, next_attempt_at = ?, round_started_at = ?,"
                        + " dead_at = NULL WHERE tenant_id = ? AND id = ? AND status = ?")
                .setParameter(1, PENDING).setParameter(2, utc(now)).setParameter(3, utc(now))
                .setParameter(4, tenantId.value()).setParameter(5, deliveryId)
                .setParameter(6, DeliveryStatus.DEAD.name()).executeUpdate() == 1;
    }

    @Override
    public Optional<Delivery> find(TenantId tenantId, String id) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.tenantId = :tenant AND d.id = :id", Delivery.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Delivery> list(TenantId tenantId, DeliveryStatus status, String eventId, String destinationId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM Delivery d WHERE d.tenantId = :tenant");
        if (status != null) {
            jpql.append(" AND d.status = :status");
        }
        if (eventId != null) {
            jpql.append(" AND d.eventId = :event");
        }
        if (destinationId != null) {
            jpql.append(" AND d.destinationId = :destination");
        }
        TypedQuery<Delivery> query = em.createQuery(jpql.append(" ORDER BY d.position DESC").toString(), Delivery.class)
                .setParameter("tenant", tenantId.value());
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (eventId != null) {
            query.setParameter("event", eventId);
        }
        if (destinationId != null) {
            query.setParameter("destination", destinationId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<DeliveryAttempt> attempts(String deliveryId) {
        return em.createQuery("SELECT a FROM DeliveryAttempt a WHERE a.deliveryId = :delivery ORDER BY a.startedAt",
                DeliveryAttempt.class).setParameter("delivery", deliveryId).getResultList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
