package io.proficio.infrastructure.persistence;

import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
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
import java.util.Set;
import java.util.Optional;

/** The evidence ledger. Rows are added and retracted, never deleted. */
@ApplicationScoped
public class EvidenceRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(Evidence evidence) {
        em.persist(evidence);
    }

    public Optional<Evidence> find(TenantId tenantId, EvidenceId id) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.id = :id", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    public Optional<Evidence> findBySource(TenantId tenantId, SourceKind source, String sourceRef, CompetencyId competencyId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.sourceKind = :kind"
                        + " AND e.sourceRef = :ref AND e.competencyId = :competency", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("kind", source.value())
                .setParameter("ref", sourceRef).setParameter("competency", competencyId.value())
                .getResultStream().findFirst();
    }

    /** The evidence of one kind any of the sources {@code refs} produced, looked up at once (a batch's duplicate check). */
    public List<Evidence> bySources(TenantId tenantId, SourceKind source, Collection<String> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.sourceKind = :kind"
                        + " AND e.sourceRef IN :refs", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("kind", source.value())
                .setParameter("refs", refs).getResultList();
    }

    /** Every piece of evidence one source produced (e.g. an xAPI statement, for every competency). */
    public List<Evidence> bySource(TenantId tenantId, SourceKind source, String sourceRef) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.sourceKind = :kind"
                        + " AND e.sourceRef = :ref", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("kind", source.value())
                .setParameter("ref", sourceRef).getResultList();
    }

    /**
     * A person's evidence, newest observation first.
     *
     * @param competencyId may be null for every competency
     * @param source       may be null for every source
     */
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

    /** The evidence a proficiency is derived from: not retracted, in the order it was observed. */
    public List<Evidence> active(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.personId = :person"
                        + " AND e.competencyId = :competency AND e.retractedAt IS NULL"
                        + " ORDER BY e.observedAt, e.recordedAt", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .setParameter("competency", competencyId.value())
                .getResultList();
    }

    /**
     * The active evidence of each person in the competencies given for them, in the order observed:
     * one query per competency (a batch touches few), so neither a person's other competencies nor
     * other people's evidence come along. The people are joined as a table ({@code UNNEST} of one
     * array parameter) so that both databases probe the (tenant, person, competency) index once a
     * person; written as {@code person_id IN (…)}, H2 read every piece of evidence of the competency,
     * ever more as the ledger grew. (Not read-only: such a query did not see the evidence the same
     * transaction had just added.)
     */
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

    /** Every active piece of evidence of a person, in the order observed. */
    public List<Evidence> active(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.personId = :person"
                        + " AND e.retractedAt IS NULL ORDER BY e.observedAt, e.recordedAt", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    /** The content a person has evidence from (not retracted): what they have done. */
    public List<String> contentDone(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT DISTINCT e.contentRef FROM Evidence e WHERE e.tenantId = :tenant"
                        + " AND e.personId = :person AND e.contentRef IS NOT NULL AND e.retractedAt IS NULL", String.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    /**
     * The content these people have done, with the active evidence from it: rows of
     * (person id, content ref, evidence id).
     */
    public List<Object[]> contentDone(TenantId tenantId, Collection<String> personIds) {
        return em.createQuery("SELECT e.personId, e.contentRef, e.id FROM Evidence e WHERE e.tenantId = :tenant"
                        + " AND e.personId IN :people AND e.contentRef IS NOT NULL AND e.retractedAt IS NULL", Object[].class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds).getResultList();
    }

    /** The evidence with these ids (retracted or not). */
    public List<Evidence> byIds(TenantId tenantId, Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT e FROM Evidence e WHERE e.tenantId = :tenant AND e.id IN :ids", Evidence.class)
                .setParameter("tenant", tenantId.value()).setParameter("ids", ids).getResultList();
    }

    /** The people of the tenant that have any evidence at all. */
    public List<String> peopleWithEvidence(TenantId tenantId) {
        return em.createQuery("SELECT DISTINCT e.personId FROM Evidence e WHERE e.tenantId = :tenant", String.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    /** Moves the ledger of a merged person to the survivor. */
    public void moveAll(TenantId tenantId, PersonId from, PersonId to) {
        em.createQuery("UPDATE Evidence e SET e.personId = :to WHERE e.tenantId = :tenant AND e.personId = :from")
                .setParameter("to", to.value()).setParameter("tenant", tenantId.value()).setParameter("from", from.value())
                .executeUpdate();
    }
}
