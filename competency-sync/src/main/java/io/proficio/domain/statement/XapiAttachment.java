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
 * The data of an xAPI attachment (Communication §1.5.2), kept once per tenant and SHA-2 hash however
 * many statements name it; statements refer to it by their attachment objects' {@code sha2}.
 */
@Entity
@Table(name = "xapi_attachment")
@IdClass(XapiAttachment.Key.class)
public class XapiAttachment {

    /** The primary key: tenant and hash. */
    public static class Key implements Serializable {
        private String tenantId;
        private String sha2;

        public Key() {
        }

        public Key(String tenantId, String sha2) {
            this.tenantId = tenantId;
            this.sha2 = sha2;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId) && Objects.equals(sha2, key.sha2);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, sha2);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    private String sha2;
    @Column(name = "content_type")
    private String contentType;
    private long length;
    private byte[] content;
    @Column(name = "stored_at")
    private Instant storedAt;

    protected XapiAttachment() {
    }

    /** @param sha2 the lower-case hex SHA-2 digest of {@code content}, checked by the caller */
    public XapiAttachment(TenantId tenantId, String sha2, String contentType, byte[] content, Instant storedAt) {
        this.tenantId = tenantId.value();
        this.sha2 = sha2;
        this.contentType = contentType;
        this.length = content.length;
        this.content = content.clone();
        this.storedAt = storedAt;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String sha2() {
        return sha2;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }
}
