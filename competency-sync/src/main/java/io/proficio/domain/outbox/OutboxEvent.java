package io.proficio.domain.outbox;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event in the outbox, written in the transaction of the change it reports. Its {@code id} is
 * the idempotency key every destination sees on every try. {@code position} (in the feed) and
 * {@code sequence} (per person) are given after commit by the sequencer, so that a reader never sees
 * position n+1 before n.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String type;
    private String subject;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String data;
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(insertable = false, updatable = false)
    private Long sequence;

    protected OutboxEvent() {
    }

    /** @param data the event's {@code data} object, as JSON text */
    public OutboxEvent(TenantId tenantId, EventType type, PersonId subject, Instant at, String data) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.type = type.value();
        this.subject = subject.value();
        this.occurredAt = at;
        this.data = data;
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String data() {
        return data;
    }

    public Optional<Long> position() {
        return Optional.ofNullable(position);
    }

    public Optional<Long> sequence() {
        return Optional.ofNullable(sequence);
    }
}
