package io.proficio.infrastructure.persistence.evidence;

import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link EvidenceRepository} on JPA. */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
    }

    @Override
    public Optional<Evidence> find(TenantId tenantId, EvidenceId id) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.id = :id", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Evidence> findBySource(TenantId tenantId, SourceKind source, String sourceRef, CompetencyId competencyId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.sourceKind = :kind"
                        + " AND e.sourceRef = :ref AND e.competencyId = :competency", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("kind", source.value())
                .setParameter("ref", sourceRef).setParameter("competency", competencyId.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Evidence> bySources(TenantId tenantId, SourceKind source, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.sourceKind = :kind"
                        + " AND e.sourceRef IN :refs", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("kind", source.value())
                .setParameter("refs", refs).getResultList();
    }

    @Override
    public List<Evidence> bySource(TenantId tenantId, SourceKind source, String sourceRef) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.sourceKind = :kind"
                        + " AND e.sourceRef = :ref", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("kind", source.value())
                .setParameter("ref", sourceRef).getResultList();
    }

    @Override
    public List<Evidence> list(TenantId tenantId, PersonId personId, CompetencyId competencyId, SourceKind source,
                               boolean includeRetracted) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.personId = :person");
        if (competencyId != null) {
            jpql.append(" AND e.competencyId = :competency");
        }
        if (source != null) {
            jpql.append(" AND e.sourceKind = :kind");
        }
        if (!includeRetracted) {
            jpql.append(" AND e.retractedAt IS NULL");
        }
        TypedQuery<Evidence> query = em.createQuery(jpql + " ORDER BY e.observedAt DESC, e.recordedAt DESC", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value());
        if (competencyId != null) {
            query.setParameter("competency", competencyId.value());
        }
        if (source != null) {
            query.setParameter("kind", source.value());
        }
        return query.getResultList();
    }

    @Override
    public List<Evidence> active(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.personId = :person"
                        + " AND e.competencyId = :competency AND e.retractedAt IS NULL"
                        + " ORDER BY e.observedAt, e.recordedAt", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .setParameter("competency", competencyId.value())
                .getResultList();
    }

    @Override
    public List<Evidence> active(TenantId tenantId, Map<String, Set<String>> competenciesByPerson) {
        Map<String, List<String>> peopleByCompetency = new LinkedHashMap<>();
        competenciesByPerson.forEach((person, competencies) -> competencies.forEach(competency ->
                peopleByCompetency.computeIfAbsent(competency, k -> new ArrayList<>()).add(person)));
        List<Evidence> active = new ArrayList<>();
        peopleByCompetency.forEach((competency, people) -> active.addAll(evidence(em.createNativeQuery(
                        "SELECT e.* FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS i(id) JOIN evidence e"
                        + " ON e.tenant_id = ? AND e.person_id = i.id AND e.competency_id = ?"
                        + " WHERE e.retracted_at IS NULL ORDER BY e.observed_at, e.recorded_at", Evidence.class)
                .setParameter(1, people.stream().distinct().toArray(String[]::new)).setParameter(2, tenantId.value())
                .setParameter(3, competency))));
        return active;
    }

    @SuppressWarnings("unchecked")
    private static List<Evidence> evidence(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    @Override
    public List<Evidence> active(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.personId = :person"
                        + " AND e.retractedAt IS NULL ORDER BY e.observedAt, e.recordedAt", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    @Override
    public List<String> contentDone(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT DISTINCT e.contentRef FROM Evidence e WHERE e.tenantId = :tenant"
                        + " AND e.personId = :person AND e.contentRef IS NOT NULL AND e.retractedAt IS NULL", String.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    @Override
    public List<Object[]> contentDone(TenantId tenantId, Collection<String> personIds) {
        return em.createQuery("SELECT e.personId, e.contentRef, e.id FROM Evidence e WHERE e.tenantId = :tenant"
                        + " AND e.personId IN :people AND e.contentRef IS NOT NULL AND e.retractedAt IS NULL", Object[].class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds).getResultList();
    }

    @Override
    public List<Evidence> byIds(TenantId tenantId, Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.id IN :ids", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<String> peopleWithEvidence(TenantId tenantId) {
        return em.createQuery("SELECT DISTINCT e.personId FROM Evidence e WHERE e.tenantId = :tenant", String.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public void moveAll(TenantId tenantId, PersonId from, PersonId to) {
        em.createQuery("UPDATE Evidence e SET e.personId = :to WHERE e.tenantId = :tenant AND e.personId = :from")
                .setParameter("to", to.value()).setParameter("tenant", tenantId.value()).setParameter("from", from.value())
                .executeUpdate();
    }
}
