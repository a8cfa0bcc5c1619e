package io.proficio.application.outbox;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.outbox.AttemptResult;
import io.proficio.domain.outbox.Delivery;
import io.proficio.domain.outbox.DeliveryAttempt;
import io.proficio.domain.outbox.DeliveryRepository;
import io.proficio.domain.outbox.DeliveryStatus;
import io.proficio.domain.outbox.Destination;
import io.proficio.domain.outbox.DestinationRepository;
import io.proficio.domain.outbox.OutboxRepository;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.crypto.SecretBox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The deliveries of events to destinations: made for each live destination of the event's tenant
 * when the event is sequenced ({@link #fanOut}), leased by a dispatcher and closed by the outcome of
 * an attempt ({@link #round}), and replayed by an admin once dead.
 */
@Stateless
public class DeliveryService {

    /** How long past the destination's time-out a lease lasts: time to record the outcome. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    @Inject
    DeliveryRepository deliveries;
    @Inject
    DestinationRepository destinations;
    @Inject
    SecretBox secrets;

    /**
     * What a dispatcher needs to send one leased delivery.
     *
     * @param secrets    the plain signing secrets of a webhook, current first (none for a gradebook)
     * @param platformId the LTI platform of a gradebook destination, else null
     */
    public record Lease(DeliveryRepository.Claimed claimed, String type, String url, Duration timeout,
                        List<String> secrets, String platformId) {
    }

    /** One attempt's outcome, to record. */
    public record Outcome(Lease lease, AttemptResult attempt) {
    }

    /** In the sequencer's transaction: a delivery per event and live destination that receives its type. */
    public void fanOut(List<OutboxRepository.Sequenced> sequenced, Instant now) {
        if (sequenced.isEmpty()) {
            return;
        }
        Map<String, List<Destination>> byTenant = destinations.ofTenants(
                        sequenced.stream().map(OutboxRepository.Sequenced::tenantId).distinct().toList())
                .stream().collect(Collectors.groupingBy(d -> d.tenantId().value()));
        List<DeliveryRepository.NewDelivery> made = new ArrayList<>();
        for (OutboxRepository.Sequenced event : sequenced) {
            for (Destination destination : byTenant.getOrDefault(event.tenantId(), List.of())) {
                if (destination.receives(event.type())) {
                    made.add(new DeliveryRepository.NewDelivery(event.tenantId(), event.id(), destination.id(),
                            event.subject(), event.sequence(), event.position()));
                }
            }
        }
        deliveries.addAll(made, now);
    }

    /**
     * One dispatcher round, in one transaction: records the outcomes that came back, then leases
     * what each destination with due deliveries has room for. One commit a round rather than one
     * for the outcomes and one a destination: H2 writes its changed pages at every commit.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Lease> round(List<Outcome> outcomes, String owner, Instant now) {
        finish(outcomes, owner);
        List<Lease> leases = new ArrayList<>();
        for (String destination : deliveries.destinationsWithWork(now)) {
            leases.addAll(lease(destination, owner, now));
        }
        return leases;
    }

    /** Leases what the destination has room for. */
    private List<Lease> lease(String destinationId, String owner, Instant now) {
        Optional<Destination> found = destinations.find(destinationId);
        if (found.isEmpty()) {
            return List.of();
        }
        Destination destination = found.get();
        List<String> ids = deliveries.lease(destinationId, destination.maxInFlight(), owner, now,
                now.plus(destination.timeout()).plus(LEASE_MARGIN));
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> plain = destination.sealedSecrets(now).stream().map(secrets::open).toList();
        return deliveries.claimed(ids).stream().map(c -> new Lease(c, destination.type(), destination.url(),
                destination.timeout(), plain, destination.platformId().orElse(null))).toList();
    }

    /**
     * Records outcomes: each attempt in the log, then the delivery delivered, retried later or dead
     * ({@link io.proficio.domain.outbox.RetryRules}). An outcome whose lease another dispatcher has
     * taken since is logged and otherwise left to that dispatcher.
     */
    private void finish(List<Outcome> outcomes, String owner) {
        Instant now = Instant.now();
        List<DeliveryRepository.Attempt> attempts = new ArrayList<>(outcomes.size());
        List<DeliveryRepository.Done> done = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            DeliveryRepository.Claimed claimed = outcome.lease().claimed();
            AttemptResult attempt = outcome.attempt();
            int number = claimed.attempts() + 1;
            attempts.add(new DeliveryRepository.Attempt(claimed.deliveryId(), number, attempt.startedAt(),
                    attempt.statusCode(), attempt.latencyMs(), attempt.note()));
            if (attempt.delivered()) {
                done.add(new DeliveryRepository.Done(claimed.deliveryId(), number, attempt.statusCode(), attempt.note()));
                continue;
            }
            Optional<Instant> next = destinations.find(claimed.destinationId())
                    .filter(d -> !d.isRemoved())
                    .flatMap(d -> d.retryRules().nextAttempt(number, claimed.roundStartedAt(), now,
                            ThreadLocalRandom.current()));
            String error = attempt.note() != null ? attempt.note() : "HTTP " + attempt.statusCode();
            deliveries.failed(claimed.deliveryId(), owner, number, attempt.statusCode(), error, next, now);
        }
        deliveries.logAttempts(attempts);
        deliveries.delivered(done, owner, now);
    }

    /** Sends a dead delivery again, with a new round of attempts. */
    public Delivery replay(TenantId tenantId, String deliveryId) {
        // The update comes first: read before it, the delivery would stay as read for the rest of the transaction.
        boolean replayed = deliveries.replay(tenantId, deliveryId, Instant.now());
        Delivery delivery = get(tenantId, deliveryId);
        if (!replayed) {
            throw new ProficioException(ErrorCode.CONFLICT, "Delivery " + deliveryId + " is "
                    + delivery.status().value() + "; only dead deliveries are replayed.");
        }
        return delivery;
    }

    public Delivery get(TenantId tenantId, String deliveryId) {
        return deliveries.find(tenantId, deliveryId).orElseThrow(() -> ProficioException.notFound("Delivery", deliveryId));
    }

    public List<Delivery> list(TenantId tenantId, DeliveryStatus status, String eventId, String destinationId, int limit) {
        return deliveries.list(tenantId, status, eventId, destinationId, limit);
    }

    public List<DeliveryAttempt> attempts(TenantId tenantId, String deliveryId) {
        return deliveries.attempts(get(tenantId, deliveryId).id());
    }
}
