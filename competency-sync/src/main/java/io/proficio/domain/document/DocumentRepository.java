package io.proficio.domain.document;

import io.proficio.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** A tenant's xAPI documents; every query is by tenant and context key, the primary key's prefix. */
public interface DocumentRepository {

    Optional<XapiDocument> find(TenantId tenantId, DocumentAddress address);

    /** The document locked for this transaction's write, so two writers take turns on its ETag. */
    Optional<XapiDocument> findForUpdate(TenantId tenantId, DocumentAddress address);

    void add(XapiDocument document);

    void remove(XapiDocument document);

    List<ListedDocument> list(TenantId tenantId, DocumentSelection selection);

    /** @return how many documents were removed */
    int removeAll(TenantId tenantId, DocumentSelection selection);
}
