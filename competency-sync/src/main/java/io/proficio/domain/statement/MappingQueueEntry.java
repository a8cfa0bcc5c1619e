package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored statement still to be turned into evidence: written in the statement's own transaction,
 * removed when the mapping has run, so a statement acknowledged is mapped even after a crash.
 */
@Entity
@Table(name = "xapi_mapping_queue")
@IdClass(MappingQueueEntry.Key.class)
public class MappingQueueEntry {

    /** The primary key: tenant and statement id. */
    public static class Key implements Serializable {
        private String tenantId;
        private String statementId;

        public Key() {
        }

        public Key(String tenantId, String statementId) {
            this.tenantId = tenantId;
            this.statementId = statementId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(statementId, key.statementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, statementId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "statement_id")
    private String statementId;
    @Column(name = "enqueued_at")
    private Instant enqueuedAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected MappingQueueEntry() {
    }

    /** After a failed attempt: tried again after {@code 2^attempts} seconds, at most an hour later. */
    public int failedAt(Instant now) {
        attempts++;
        nextAttemptAt = now.plusSeconds(Math.min(3600, 1L << Math.min(attempts, 12)));
        return attempts;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String statementId() {
        return statementId;
    }
}
