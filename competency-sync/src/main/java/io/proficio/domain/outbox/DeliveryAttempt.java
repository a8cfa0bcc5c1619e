package io.proficio.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One try of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    private String id;
    @Column(name = "delivery_id")
    private String deliveryId;
    private int attempt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    @Column(name = "latency_ms")
    private int latencyMs;
    private String error;

    protected DeliveryAttempt() {
    }

    public String deliveryId() {
        return deliveryId;
    }

    public int attempt() {
        return attempt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Integer> statusCode() {
        return Optional.ofNullable(statusCode);
    }

    public int latencyMs() {
        return latencyMs;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
