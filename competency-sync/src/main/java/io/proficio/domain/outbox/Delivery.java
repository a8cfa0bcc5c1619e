package io.proficio.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One event on its way to one destination. Created by the sequencer (so it knows the event's
 * position and sequence), claimed under a lease by a dispatcher, and closed by the outcome of an
 * attempt: delivered, retried later ({@link RetryRules}), or dead until replayed.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "destination_id")
    private String destinationId;
    private String subject;
    private long sequence;
    private long position;
    private String status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "leased_until")
    private Instant leasedUntil;
    @Column(name = "lease_owner")
    private String leaseOwner;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "round_started_at")
    private Instant roundStartedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "dead_at")
    private Instant deadAt;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;

    protected Delivery() {
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String eventId() {
        return eventId;
    }

    public String destinationId() {
        return destinationId;
    }

    public String subject() {
        return subject;
    }

    public long sequence() {
        return sequence;
    }

    public long position() {
        return position;
    }

    public DeliveryStatus status() {
        return DeliveryStatus.valueOf(status);
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant roundStartedAt() {
        return roundStartedAt;
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public Optional<Instant> deadAt() {
        return Optional.ofNullable(deadAt);
    }

    public Optional<Integer> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }
}
