package io.proficio.domain.document;

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
 * A State, Activity Profile or Agent Profile document (xAPI 1.0.3 Communication §2.3, §2.6, §2.7):
 * its bytes exactly as sent with their content type, and its ETag, the SHA-1 of those bytes in hex
 * (the form §3.1 of 1.0.3 expects).
 */
@Entity
@Table(name = "xapi_document")
@IdClass(XapiDocument.Key.class)
public class XapiDocument {

    /** The primary key: tenant, context, registration and document. */
    public static class Key implements Serializable {
        private String tenantId;
        private String contextKey;
        private String registration;
        private String documentKey;

        public Key() {
        }

        public Key(TenantId tenantId, DocumentAddress address) {
            this.tenantId = tenantId.value();
            this.contextKey = address.context().key();
            this.registration = address.context().registration();
            this.documentKey = address.documentKey();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(contextKey, key.contextKey) && Objects.equals(registration, key.registration)
                    && Objects.equals(documentKey, key.documentKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, contextKey, registration, documentKey);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Id
    @Column(name = "context_key")
    private String contextKey;
    @Id
    private String registration;
    @Id
    @Column(name = "document_key")
    private String documentKey;
    private String kind;
    @Column(name = "activity_id")
    private String activityId;
    @Column(name = "agent_ifi")
    private String agentIfi;
    @Column(name = "document_id")
    private String documentId;
    @Column(name = "content_type")
    private String contentType;
    private byte[] content;
    private String etag;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected XapiDocument() {
    }

    public XapiDocument(TenantId tenantId, DocumentAddress address, String contentType, byte[] content, Instant at) {
        this.tenantId = tenantId.value();
        this.contextKey = address.context().key();
        this.registration = address.context().registration();
        this.documentKey = address.documentKey();
        this.kind = address.context().kind().code();
        this.activityId = address.context().activityId();
        this.agentIfi = address.context().agentIfi();
        this.documentId = address.documentId();
        replace(contentType, content, at);
    }

    /** Replaces the content; the ETag follows it. */
    public void replace(String newContentType, byte[] newContent, Instant at) {
        this.contentType = newContentType;
        this.content = newContent.clone();
        this.etag = Digests.sha1(newContent);
        this.updatedAt = at;
    }

    public String documentId() {
        return documentId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    /** The SHA-1 of the content in lower-case hex, without quotes. */
    public String etag() {
        return etag;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Whether the content is a JSON document (its type {@code application/json}, parameters aside). */
    public boolean isJson() {
        return JsonDocuments.isJsonType(contentType);
    }
}
