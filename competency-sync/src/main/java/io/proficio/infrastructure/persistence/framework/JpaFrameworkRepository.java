package io.proficio.infrastructure.persistence.framework;

import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Framework;
import io.proficio.domain.framework.FrameworkAssociation;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link FrameworkRepository} on JPA. */
@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Framework> find(TenantId tenantId, FrameworkId id) {
        return em.createQuery("SELECT f FROM Framework f WHERE f.tenantId = :tenant AND f.id = :id", Framework.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Framework> findByCaseIdentifier(TenantId tenantId, String caseIdentifier) {
        return em.createQuery("SELECT f FROM Framework f WHERE f.tenantId = :tenant AND f.caseIdentifier = :identifier",
                        Framework.class)
                .setParameter("tenant", tenantId.value()).setParameter("identifier", caseIdentifier)
                .getResultStream().findFirst();
    }

    @Override
    public List<Framework> all(TenantId tenantId) {
        return em.createQuery("SELECT f FROM Framework f WHERE f.tenantId = :tenant ORDER BY f.title", Framework.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public List<Competency> competencies(TenantId tenantId, FrameworkId frameworkId) {
        return em.createQuery("SELECT c FROM Competency c WHERE c.tenantId = :tenant AND c.frameworkId = :framework"
                        + " ORDER BY c.position", Competency.class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getResultList();
    }

    @Override
    public long activeCompetencyCount(TenantId tenantId, FrameworkId frameworkId) {
        return em.createQuery("SELECT COUNT(c) FROM Competency c WHERE c.tenantId = :tenant"
                        + " AND c.frameworkId = :framework AND c.retiredAt IS NULL", Long.class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getSingleResult();
    }

    /**
     * By primary key, then checked against the tenant: a find reads the transaction's own entities
     * first and, unlike a query, does not flush them. Level changes look competencies up in the
     * mapping's transaction, which holds hundreds of new evidence and proficiency rows; a query each
     * time made EclipseLink compute the change set of all of them (80% of those look-ups' CPU).
     */
    @Override
    public Optional<Competency> findCompetency(TenantId tenantId, CompetencyId id) {
        return Optional.ofNullable(em.find(Competency.class, id.value()))
                .filter(competency -> competency.tenantId().equals(tenantId));
    }

    @Override
    public List<Competency> searchCompetencies(TenantId tenantId, String text, FrameworkId frameworkId, int limit) {
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String jpql = "SELECT c FROM Competency c WHERE c.tenantId = :tenant AND c.retiredAt IS NULL"
                + (frameworkId == null ? "" : " AND c.frameworkId = :framework")
                + " AND (LOWER(c.fullStatement) LIKE :pattern ESCAPE '\\'"
                + " OR LOWER(c.humanCodingScheme) LIKE :pattern ESCAPE '\\'"
                + " OR LOWER(c.abbreviatedStatement) LIKE :pattern ESCAPE '\\')"
                + " ORDER BY c.humanCodingScheme, c.position";
        TypedQuery<Competency> query = em.createQuery(jpql, Competency.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("pattern", pattern)
                .setMaxResults(limit);
        if (frameworkId != null) {
            query.setParameter("framework", frameworkId.value());
        }
        return query.getResultList();
    }

    @Override
    public List<FrameworkAssociation> associations(TenantId tenantId, FrameworkId frameworkId) {
        return em.createQuery("SELECT a FROM FrameworkAssociation a WHERE a.tenantId = :tenant"
                        + " AND a.frameworkId = :framework ORDER BY a.position", FrameworkAssociation.class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getResultList();
    }

    @Override
    public List<Object[]> childParentPairs(TenantId tenantId, FrameworkId frameworkId) {
        return em.createQuery("SELECT child.id, parent.id FROM FrameworkAssociation a, Competency child, Competency parent"
                        + " WHERE a.tenantId = :tenant AND a.frameworkId = :framework AND a.associationType = 'isChildOf'"
                        + " AND child.frameworkId = a.frameworkId AND child.caseIdentifier = a.originIdentifier"
                        + " AND parent.frameworkId = a.frameworkId AND parent.caseIdentifier = a.destinationIdentifier"
                        + " AND child.retiredAt IS NULL AND parent.retiredAt IS NULL", Object[].class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getResultList();
    }

    @Override
    public void removeAssociations(TenantId tenantId, FrameworkId frameworkId) {
        em.createQuery("DELETE FROM FrameworkAssociation a WHERE a.tenantId = :tenant AND a.frameworkId = :framework")
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .executeUpdate();
    }

    @Override
    public Optional<Scale> scale(TenantId tenantId, FrameworkId frameworkId) {
        return em.createQuery("SELECT s FROM Scale s WHERE s.tenantId = :tenant AND s.frameworkId = :framework", Scale.class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Scale> scaleOfCompetency(TenantId tenantId, CompetencyId competencyId) {
        return findCompetency(tenantId, competencyId).flatMap(c -> scale(tenantId, c.frameworkId()));
    }

    @Override
    public int highestLevelInUse(TenantId tenantId, FrameworkId frameworkId) {
        Integer byStages = em.createQuery("SELECT MAX(r.level) FROM RoleStage s JOIN s.requirements r, Competency c"
                        + " WHERE c.id = r.competencyId AND c.tenantId = :tenant AND c.frameworkId = :framework",
                        Integer.class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getSingleResult();
        Integer byAlignments = em.createQuery("SELECT MAX(a.level) FROM Alignment a, Competency c"
                        + " WHERE c.id = a.competencyId AND a.tenantId = :tenant AND c.frameworkId = :framework",
                        Integer.class)
                .setParameter("tenant", tenantId.value()).setParameter("framework", frameworkId.value())
                .getSingleResult();
        return Math.max(byStages == null ? 0 : byStages, byAlignments == null ? 0 : byAlignments);
    }
}
