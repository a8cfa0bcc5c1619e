package io.proficio.infrastructure.persistence;

import io.proficio.domain.outbox.Delivery;
import io.proficio.domain.outbox.DeliveryAttempt;
import io.proficio.domain.outbox.DeliveryStatus;
import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Deliveries and their attempts. Writes are SQL, each one guarded by the state it expects (a lease
 * held by this dispatcher, a delivery still pending), so two dispatchers on one database cannot both
 * act on one delivery; reads map to {@link Delivery} and {@link DeliveryAttempt}. A parameter that may
 * be null is cast to its column's type: PostgreSQL refuses a null bound as text for an integer column.
 */
@ApplicationScoped
public class DeliveryRepository {

    /** A claimed delivery with the event to send. */
    public record Claimed(String deliveryId, String destinationId, int attempts, Instant roundStartedAt,
                          OutboxEvent event) {
    }

    private static final String PENDING = DeliveryStatus.PENDING.name();

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(String tenantId, String eventId, String destinationId, String subject, long sequence, long position,
                    Instant now) {
        em.createNativeQuery("INSERT INTO delivery (id, tenant_id, event_id, destination_id, subject, sequence, position,"
                        + " status, attempts, next_attempt_at, created_at, round_started_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, tenantId).setParameter(3, eventId)
                .setParameter(4, destinationId).setParameter(5, subject).setParameter(6, sequence)
                .setParameter(7, position).setParameter(8, PENDING).setParameter(9, utc(now))
                .setParameter(10, utc(now)).setParameter(11, utc(now)).executeUpdate();
    }

    /**
     * The live destinations with deliveries due by {@code now} (in flight or not): one probe of the
     * (destination, status, next attempt) index each, where a scan of the deliveries for their
     * destinations grew with every delivery made. A removed destination gets nothing more.
     */
    public List<String> destinationsWithWork(Instant now) {
        return ((List<?>) em.createNativeQuery("SELECT d.id FROM destination d WHERE d.deleted_at IS NULL AND EXISTS"
                        + " (SELECT 1 FROM delivery x WHERE x.destination_id = d.id AND x.status = ? AND x.next_attempt_at <= ?)")
                .setParameter(1, PENDING).setParameter(2, utc(now)).getResultList())
                .stream().map(String::valueOf).toList();
    }

    /**
     * Leases up to {@code room} due deliveries of the destination to {@code owner}: holding the
     * destination's row (skipped when another dispatcher holds it), counting what is in flight
     * against its limit, and taking per person only the lowest sequence still pending, so one
     * person's events reach the destination in order. Oldest due first, in the order of the
     * {@code delivery_due} index, which the {@code ORDER BY} names in full (constant columns too):
     * H2 then walks the index and stops at the limit instead of sorting every pending delivery. The
     * person's head is found the same way, the first row of {@code delivery_order}: one index probe
     * in H2 and PostgreSQL alike, where PostgreSQL without fresh statistics answered a
     * {@code NOT EXISTS} by reading all the destination's pending deliveries for each candidate.
     * The limit is in the SQL: {@code setMaxResults} on a native query only caps the rows fetched,
     * and the database planned (and H2 read) for every pending delivery.
     *
     * @return the ids leased
     */
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

    /** The leased deliveries with their events. */
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

    public void logAttempt(String deliveryId, int attempt, Instant startedAt, Integer statusCode, long latencyMs,
                           String error) {
        em.createNativeQuery("INSERT INTO delivery_attempt (id, delivery_id, attempt, started_at, status_code, latency_ms, error)"
                        + " VALUES (?, ?, ?, ?, CAST(? AS INTEGER), ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, deliveryId).setParameter(3, attempt)
                .setParameter(4, utc(startedAt)).setParameter(5, statusCode).setParameter(6, (int) latencyMs)
                .setParameter(7, truncate(error)).executeUpdate();
    }

    /**
     * @param statusCode the destination's answer, null for a delivery with nothing to send
     * @param note       what such a delivery says of it, else null
     * @return false when the lease was no longer this owner's (another dispatcher took over after it expired)
     */
    public boolean delivered(String deliveryId, String owner, int attempts, Integer statusCode, String note, Instant at) {
        return em.createNativeQuery("UPDATE delivery SET status = ?, attempts = ?, delivered_at = ?,"
                        + " last_status = CAST(? AS INTEGER),"
                        + " last_error = ?, leased_until = NULL, lease_owner = NULL"
                        + " WHERE id = ? AND lease_owner = ? AND status = ?")
                .setParameter(1, DeliveryStatus.DELIVERED.name()).setParameter(2, attempts).setParameter(3, utc(at))
                .setParameter(4, statusCode).setParameter(5, truncate(note)).setParameter(6, deliveryId)
                .setParameter(7, owner).setParameter(8, PENDING).executeUpdate() == 1;
    }

    /** A failed attempt: pending again at {@code next}, or dead when there is none. */
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

    /** A dead delivery back to pending, with a new round of attempts. @return false when it was not dead */
    public boolean replay(TenantId tenantId, String deliveryId, Instant now) {
        return em.createNativeQuery("UPDATE delivery SET status = ?, attempts = 0, next_attempt_at = ?, round_started_at = ?,"
                        + " dead_at = NULL WHERE tenant_id = ? AND id = ? AND status = ?")
                .setParameter(1, PENDING).setParameter(2, utc(now)).setParameter(3, utc(now))
                .setParameter(4, tenantId.value()).setParameter(5, deliveryId)
                .setParameter(6, DeliveryStatus.DEAD.name()).executeUpdate() == 1;
    }

    public Optional<Delivery> find(TenantId tenantId, String id) {
        return em.createQuery("SELECT d FROM Delivery d WHERE d.tenantId = :tenant AND d.id = :id", Delivery.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id).getResultStream().findFirst();
    }

    /** The tenant's deliveries, newest first; {@code status}, {@code eventId} and {@code destinationId} filter when not null. */
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

    public List<DeliveryAttempt> attempts(String deliveryId) {
        return em.createQuery("SELECT a FROM DeliveryAttempt a WHERE a.deliveryId = :delivery ORDER BY a.startedAt",
                DeliveryAttempt.class).setParameter("delivery", deliveryId).getResultList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
