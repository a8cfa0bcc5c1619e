package io.proficio.infrastructure.persistence.framework;

import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.alignment.AlignmentRepository;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link AlignmentRepository} on JPA. */
@ApplicationScoped
public class JpaAlignmentRepository implements AlignmentRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Alignment alignment) {
        em.persist(alignment);
    }

    @Override
    public void remove(Alignment alignment) {
        em.remove(alignment);
    }

    @Override
    public Optional<Alignment> find(TenantId tenantId, AlignmentId id) {
        return em.createQuery("SELECT a FROM Alignment a WHERE a.tenantId = :tenant AND a.id = :id", Alignment.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Alignment> find(TenantId tenantId, CompetencyId competencyId, ContentRef content) {
        return em.createQuery("SELECT a FROM Alignment a WHERE a.tenantId = :tenant AND a.competencyId = :competency"
                        + " AND a.contentType = :type AND a.contentRef = :ref", Alignment.class)
                .setParameter("tenant", tenantId.value()).setParameter("competency", competencyId.value())
                .setParameter("type", content.type().value()).setParameter("ref", content.ref())
                .getResultStream().findFirst();
    }

    @Override
    public List<Alignment> list(TenantId tenantId, CompetencyId competencyId, ContentType type, String ref) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Alignment a WHERE a.tenantId = :tenant");
        if (competencyId != null) {
            jpql.append(" AND a.competencyId = :competency");
        }
        if (type != null) {
            jpql.append(" AND a.contentType = :type");
        }
        if (ref != null) {
            jpql.append(" AND a.contentRef = :ref");
        }
        TypedQuery<Alignment> query = em.createQuery(jpql + " ORDER BY a.contentType, a.contentRef, a.createdAt",
                Alignment.class).setParameter("tenant", tenantId.value());
        if (competencyId != null) {
            query.setParameter("competency", competencyId.value());
        }
        if (type != null) {
            query.setParameter("type", type.value());
        }
        if (ref != null) {
            query.setParameter("ref", ref);
        }
        return query.getResultList();
    }

    @Override
    public List<Alignment> naming(TenantId tenantId, Collection<ContentType> types, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Alignment a WHERE a.tenantId = :tenant AND a.contentType IN :types"
                        + " AND a.contentRef IN :refs", Alignment.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("types", types.stream().map(ContentType::value).toList())
                .setParameter("refs", refs).getResultList();
    }

    @Override
    public List<Alignment> inCourse(TenantId tenantId, String courseRef) {
        return em.createQuery("SELECT a FROM Alignment a WHERE a.tenantId = :tenant AND a.courseRef = :course"
                        + " ORDER BY a.createdAt", Alignment.class)
                .setParameter("tenant", tenantId.value()).setParameter("course", courseRef).getResultList();
    }
}
