package io.proficio.domain.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A {@link StatementKey} of a stored statement, as the agent and related filters look it up in JPQL;
 * rows are written by {@code StatementWriter} with the statement.
 */
@Entity
@Table(name = "xapi_statement_key")
@IdClass(StatementKeyEntry.Key.class)
public class StatementKeyEntry {

    /** The primary key: every column. */
    public static class Key implements Serializable {
        private String tenantId;
        private String statementId;
        private String kind;
        private String value;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(statementId, key.statementId) && Objects.equals(kind, key.kind)
                    && Objects.equals(value, key.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, statementId, kind, value);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "statement_id")
    private String statementId;
    @Id
    private String kind;
    @Id
    @Column(name = "key_value")
    private String value;

    protected StatementKeyEntry() {
    }
}
