package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An xAPI statement as stored (xAPI 1.0.3 Communication §2.1): the JSON kept whole, never changed,
 * with the columns that queries filter on and whether it has produced evidence yet, or why not.
 */
@Entity
@Table(name = "xapi_statement")
@IdClass(XapiStatement.Key.class)
public class XapiStatement {

    /** The primary key: tenant and statement id. */
    public static class Key implements Serializable {
        private String tenantId;
        private String id;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId) && Objects.equals(id, key.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, id);
        }
    }

    /** Mapping status of a statement just stored. */
    public static final String QUEUED = "queued";

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    private String id;
    @Column(name = "source_id")
    private String sourceId;
    @Column(name = "stored_at")
    private Instant storedAt;
    @Column(name = "verb_id")
    private String verbId;
    @Column(name = "activity_id")
    private String activityId;
    @Column(name = "actor_ifi")
    private String actorIfi;
    private String registration;
    @Column(name = "voids_id")
    private String voidsId;
    @Column(name = "ref_id")
    private String refId;
    private boolean voided;
    private String version;
    @Column(name = "statement_json")
    private String statementJson;
    @Column(name = "mapping_status")
    private String mappingStatus;
    @Column(name = "mapping_detail")
    private String mappingDetail;

    protected XapiStatement() {
    }

    /**
     * What mapping the statement to evidence came to: {@code evidence} (with how many pieces), or
     * why not ({@code no-alignment}, {@code unknown-verb}, …), or {@code failed} after its retries.
     */
    public void mapped(MappingResult result) {
        this.mappingStatus = result.status();
        this.mappingDetail = fitted(result.detail());
    }

    /** A mapping detail cut to what its column holds (1,000 characters); null stays null. */
    public static String fitted(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String sourceId() {
        return sourceId;
    }

    public Optional<String> activityId() {
        return Optional.ofNullable(activityId);
    }

    public Optional<String> actorIfi() {
        return Optional.ofNullable(actorIfi);
    }

    public Optional<String> mappingDetail() {
        return Optional.ofNullable(mappingDetail);
    }

    /** A voiding statement targets this one (Data §2.3.2): only {@code voidedStatementId} finds it now. */
    public void markVoided() {
        voided = true;
    }

    public String id() {
        return id;
    }

    public Instant storedAt() {
        return storedAt;
    }

    public String json() {
        return statementJson;
    }

    public boolean isVoided() {
        return voided;
    }

    public Optional<String> voidsId() {
        return Optional.ofNullable(voidsId);
    }

    public String mappingStatus() {
        return mappingStatus;
    }
}
