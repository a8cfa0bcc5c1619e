package io.proficio.application.xapi;

import io.proficio.domain.document.ConcurrencyPolicy;
import io.proficio.domain.document.DocumentAddress;
import io.proficio.domain.document.DocumentOutcome;
import io.proficio.domain.document.DocumentRepository;
import io.proficio.domain.document.DocumentSelection;
import io.proficio.domain.document.JsonDocuments;
import io.proficio.domain.document.ListedDocument;
import io.proficio.domain.document.Preconditions;
import io.proficio.domain.document.XapiDocument;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.config.ProficioSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's xAPI State, Activity Profile and Agent Profile documents (xAPI 1.0.3 Communication §2.2–§2.7):
 * each write checks its preconditions (§3.1) against the document locked in the same transaction, so
 * of two writers holding the same ETag only the first succeeds. Documents are the content's own store
 * and never become evidence.
 */
@Stateless
public class DocumentService {

    @Inject
    DocumentRepository documents;

    public Optional<XapiDocument> find(TenantId tenantId, DocumentAddress address) {
        return documents.find(tenantId, address);
    }

    /** The documents of a context, oldest change first. */
    public List<ListedDocument> list(TenantId tenantId, DocumentSelection selection) {
        return documents.list(tenantId, selection);
    }

    /** The largest document the installation keeps, in bytes. */
    public long maxBytes() {
        return ProficioSettings.current().xapiDocumentMaxBytes();
    }

    /**
     * Stores {@code content} as the document (PUT).
     *
     * @param policy when the request must carry {@code If-Match} or {@code If-None-Match}
     */
    public DocumentOutcome put(TenantId tenantId, DocumentAddress address, String contentType, byte[] content,
                               Preconditions preconditions, ConcurrencyPolicy policy) {
        Optional<XapiDocument> current = documents.findForUpdate(tenantId, address);
        Optional<String> failure = preconditions.failure(current.map(XapiDocument::etag));
        if (failure.isPresent()) {
            return new DocumentOutcome.PreconditionFailed(failure.get());
        }
        if (current.isEmpty() && policy.creatingNeedsPrecondition() && !preconditions.any()) {
            return new DocumentOutcome.PreconditionRequired("Send If-None-Match: * to create this document"
                    + " (or If-Match with the ETag of the one you replace), xAPI Communication §3.1.");
        }
        if (current.isPresent() && policy.replacingNeedsPrecondition() && !preconditions.any()) {
            return new DocumentOutcome.Conflict("The document exists: to replace it, send If-Match with its ETag \""
                    + current.get().etag() + "\" (or If-None-Match: * to create it only if absent), xAPI Communication §3.1.");
        }
        return write(tenantId, address, current, contentType, content);
    }

    /**
     * Merges {@code content} into the document (POST, Communication §2.2): both must be JSON objects;
     * with no document yet, {@code content} is stored as a PUT would.
     */
    public DocumentOutcome post(TenantId tenantId, DocumentAddress address, String contentType, byte[] content,
                                Preconditions preconditions) {
        Optional<XapiDocument> current = documents.findForUpdate(tenantId, address);
        Optional<String> failure = preconditions.failure(current.map(XapiDocument::etag));
        if (failure.isPresent()) {
            return new DocumentOutcome.PreconditionFailed(failure.get());
        }
        boolean sentJson = JsonDocuments.isJsonType(contentType);
        Optional<JsonObject> sent = sentJson ? JsonDocuments.object(content) : Optional.empty();
        if (sentJson && sent.isEmpty()) {
            return new DocumentOutcome.NotMergeable("The body is sent as application/json but is not a JSON object.");
        }
        if (current.isEmpty()) {
            return write(tenantId, address, current, contentType, content);
        }
        if (!current.get().isJson() || !sentJson) {
            return new DocumentOutcome.NotMergeable("POST merges JSON documents: the stored document is "
                    + current.get().contentType() + " and the sent one " + contentType
                    + "; both must be application/json (xAPI Communication §2.2), or PUT to replace it.");
        }
        Optional<JsonObject> stored = JsonDocuments.object(current.get().content());
        if (stored.isEmpty()) {
            return new DocumentOutcome.NotMergeable("The stored document is not a JSON object, so it cannot be"
                    + " merged into; PUT to replace it.");
        }
        return write(tenantId, address, current, current.get().contentType(), JsonDocuments.merge(stored.get(), sent.get()));
    }

    /** Deletes the document; deleting one that is not there is done, not an error. */
    public DocumentOutcome delete(TenantId tenantId, DocumentAddress address, Preconditions preconditions) {
        Optional<XapiDocument> current = documents.findForUpdate(tenantId, address);
        Optional<String> failure = preconditions.failure(current.map(XapiDocument::etag));
        if (failure.isPresent()) {
            return new DocumentOutcome.PreconditionFailed(failure.get());
        }
        current.ifPresent(documents::remove);
        return new DocumentOutcome.Done("", Instant.now());
    }

    /** Deletes every State of the selection (Communication §2.3 DELETE without {@code stateId}). */
    public int deleteAll(TenantId tenantId, DocumentSelection selection) {
        return documents.removeAll(tenantId, selection);
    }

    private DocumentOutcome write(TenantId tenantId, DocumentAddress address, Optional<XapiDocument> current,
                                  String contentType, byte[] content) {
        if (content.length > maxBytes()) {
            return new DocumentOutcome.TooLarge(maxBytes());
        }
        Instant now = Instant.now();
        XapiDocument document = current.orElseGet(() -> {
            XapiDocument fresh = new XapiDocument(tenantId, address, contentType, content, now);
            documents.add(fresh);
            return fresh;
        });
        document.replace(contentType, content, now);
        return new DocumentOutcome.Done(document.etag(), now);
    }
}
