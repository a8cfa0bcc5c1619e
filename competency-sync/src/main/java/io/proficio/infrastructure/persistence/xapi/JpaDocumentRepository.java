package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.document.DocumentAddress;
import io.proficio.domain.document.DocumentRepository;
import io.proficio.domain.document.DocumentSelection;
import io.proficio.domain.document.ListedDocument;
import io.proficio.domain.document.XapiDocument;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link DocumentRepository} on JPA. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public Optional<XapiDocument> find(TenantId tenantId, DocumentAddress address) {
        return Optional.ofNullable(em.find(XapiDocument.class, new XapiDocument.Key(tenantId, address)));
    }

    @Override
    public Optional<XapiDocument> findForUpdate(TenantId tenantId, DocumentAddress address) {
        return Optional.ofNullable(em.find(XapiDocument.class, new XapiDocument.Key(tenantId, address),
                LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(XapiDocument document) {
        em.persist(document);
    }

    @Override
    public void remove(XapiDocument document) {
        em.remove(document);
    }

    @Override
    public List<ListedDocument> list(TenantId tenantId, DocumentSelection selection) {
        TypedQuery<Object[]> query = em.createQuery("SELECT d.documentId, d.updatedAt FROM XapiDocument d"
                + where(selection) + (selection.since().isPresent() ? " AND d.updatedAt > :since" : "")
                + " ORDER BY d.updatedAt, d.documentId", Object[].class);
        bind(query, tenantId, selection);
        selection.since().ifPresent(since -> query.setParameter("since", since));
        return query.getResultList().stream().map(row -> new ListedDocument((String) row[0], (Instant) row[1])).toList();
    }

    @Override
    public int removeAll(TenantId tenantId, DocumentSelection selection) {
        jakarta.persistence.Query delete = em.createQuery("DELETE FROM XapiDocument d" + where(selection));
        bind(delete, tenantId, selection);
        return delete.executeUpdate();
    }

    private static String where(DocumentSelection selection) {
        return " WHERE d.tenantId = :tenant AND d.contextKey = :context"
                + (selection.byRegistration() ? " AND d.registration = :registration" : "");
    }

    private static void bind(jakarta.persistence.Query query, TenantId tenantId, DocumentSelection selection) {
        query.setParameter("tenant", tenantId.value()).setParameter("context", selection.context().key());
        if (selection.byRegistration()) {
            query.setParameter("registration", selection.context().registration());
        }
    }
}
