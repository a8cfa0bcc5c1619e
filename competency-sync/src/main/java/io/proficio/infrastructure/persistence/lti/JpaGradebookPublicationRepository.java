package io.proficio.infrastructure.persistence.lti;

import io.proficio.domain.lti.GradebookPublication;
import io.proficio.domain.lti.GradebookPublicationRepository;
import io.proficio.domain.lti.ScoreOutcome;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link GradebookPublicationRepository} on JPA. */
@ApplicationScoped
public class JpaGradebookPublicationRepository implements GradebookPublicationRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(GradebookPublication publication) {
        em.persist(publication);
        publication.outcomes().forEach(em::persist);
    }

    @Override
    public Optional<GradebookPublication> find(TenantId tenantId, String id) {
        return em.createQuery("SELECT p FROM GradebookPublication p WHERE p.tenantId = :tenant AND p.id = :id",
                        GradebookPublication.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id)
                .getResultStream().findFirst().map(this::withOutcomes);
    }

    @Override
    public List<GradebookPublication> latest(TenantId tenantId, String courseRef, int limit) {
        return em.createQuery("SELECT p FROM GradebookPublication p WHERE p.tenantId = :tenant AND p.courseRef = :course"
                        + " ORDER BY p.publishedAt DESC", GradebookPublication.class)
                .setParameter("tenant", tenantId.value()).setParameter("course", courseRef)
                .setMaxResults(limit).getResultList().stream().map(this::withOutcomes).toList();
    }

    private GradebookPublication withOutcomes(GradebookPublication publication) {
        publication.restore(em.createQuery("SELECT o FROM ScoreOutcome o WHERE o.publicationId = :publication",
                        ScoreOutcome.class)
                .setParameter("publication", publication.id()).getResultList());
        return publication;
    }
}
