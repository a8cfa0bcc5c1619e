package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.Digests;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An activity a tenant's statements named with a definition, and its canonical definition (xAPI
 * 1.0.3 Communication §2.5), merged from theirs by {@code ActivityDefinitions}. Keyed by the SHA-256
 * of the activity IRI, which can be longer than an index allows.
 */
@Entity
@Table(name = "xapi_activity")
@IdClass(XapiActivity.Key.class)
public class XapiActivity {

    /** The primary key: tenant and activity key. */
    public static class Key implements Serializable {
        private String tenantId;
        private String activityKey;

        public Key() {
        }

        public Key(TenantId tenantId, String activityId) {
            this.tenantId = tenantId.value();
            this.activityKey = keyOf(activityId);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(activityKey, key.activityKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, activityKey);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "activity_key")
    private String activityKey;
    @Column(name = "activity_id")
    private String activityId;
    @Column(name = "definition_json")
    private String definitionJson;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected XapiActivity() {
    }

    public XapiActivity(TenantId tenantId, String activityId, String definitionJson, Instant at) {
        this.tenantId = tenantId.value();
        this.activityKey = keyOf(activityId);
        this.activityId = activityId;
        this.definitionJson = definitionJson;
        this.updatedAt = at;
    }

    public String activityId() {
        return activityId;
    }

    public String definitionJson() {
        return definitionJson;
    }

    public void define(String mergedJson, Instant at) {
        this.definitionJson = mergedJson;
        this.updatedAt = at;
    }

    /** The SHA-256 of the activity IRI in hex. */
    public static String keyOf(String activityId) {
        return Digests.sha256(activityId);
    }
}
