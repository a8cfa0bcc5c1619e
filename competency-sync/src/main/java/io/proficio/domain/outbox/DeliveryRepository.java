package io.proficio.domain.outbox;

import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries and their attempts. Writes are SQL, each one guarded by the state it expects (a lease
 * held by this dispatcher, a delivery still pending), so two dispatchers on one database cannot both
 * act on one delivery; reads map to {@link Delivery} and {@link DeliveryAttempt}. A parameter that may
 * be null is cast to its column's type: PostgreSQL refuses a null bound as text for an integer column.
 */
public interface DeliveryRepository {

    /** A claimed delivery with the event to send. */
    public record Claimed(String deliveryId, String destinationId, int attempts, Instant roundStartedAt,
                          OutboxEvent event) {
    }

    /** A delivery to make: one event to one destination. */
    public record NewDelivery(String tenantId, String eventId, String destinationId, String subject, long sequence,
                              long position) {
    }

    /** One attempt to log: the {@code attempt}-th of a delivery. */
    public record Attempt(String deliveryId, int attempt, Instant startedAt, Integer statusCode, long latencyMs,
                          String error) {
    }

    /** A delivery done by the {@code attempts}-th attempt, with the destination's answer (null when nothing was sent). */
    public record Done(String deliveryId, int attempts, Integer statusCode, String note) {
    }

    /** Adds the deliveries, pending from {@code now}, in one statement. */
    void addAll(List<NewDelivery> deliveries, Instant now);

    /**
     * The live destinations with deliveries due by {@code now} (in flight or not): one probe of the
     * (destination, status, next attempt) index each, where a scan of the deliveries for their
     * destinations grew with every delivery made. A removed destination gets nothing more.
     */
    List<String> destinationsWithWork(Instant now);

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
    List<String> lease(String destinationId, int maxInFlight, String owner, Instant now, Instant until);

    /** The leased deliveries with their events. */
    List<Claimed> claimed(List<String> ids);

    /** Logs the attempts in one statement. */
    void logAttempts(List<Attempt> attempts);

    /**
     * Closes the deliveries as delivered at {@code at}, in one statement; a delivery whose lease is no
     * longer this owner's (another dispatcher took over after it expired) is left to that dispatcher.
     */
    void delivered(List<Done> done, String owner, Instant at);

    /** A failed attempt: pending again at {@code next}, or dead when there is none. */
    boolean failed(String deliveryId, String owner, int attempts, Integer statusCode, String error, Optional<Instant> next, Instant at);

    /** A dead delivery back to pending, with a new round of attempts. @return false when it was not dead */
    boolean replay(TenantId tenantId, String deliveryId, Instant now);

    Optional<Delivery> find(TenantId tenantId, String id);

    /** The tenant's deliveries, newest first; {@code status}, {@code eventId} and {@code destinationId} filter when not null. */
    List<Delivery> list(TenantId tenantId, DeliveryStatus status, String eventId, String destinationId, int limit);

    List<DeliveryAttempt> attempts(String deliveryId);
}
