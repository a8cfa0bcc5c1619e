package io.proficio.domain.evidence;

import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The evidence ledger. Rows are added and retracted, never deleted. */
public interface EvidenceRepository {

    void add(Evidence evidence);

    Optional<Evidence> find(TenantId tenantId, EvidenceId id);

    Optional<Evidence> findBySource(TenantId tenantId, SourceKind source, String sourceRef, CompetencyId competencyId);

    /** The evidence of one kind any of the sources {@code refs} produced, looked up at once (a batch's duplicate check). */
    List<Evidence> bySources(TenantId tenantId, SourceKind source, Collection<String> refs);

    /** Every piece of evidence one source produced (e.g. an xAPI statement, for every competency). */
    List<Evidence> bySource(TenantId tenantId, SourceKind source, String sourceRef);

    /**
     * A person's evidence, newest observation first.
     *
     * @param competencyId may be null for every competency
     * @param source       may be null for every source
     */
    List<Evidence> list(TenantId tenantId, PersonId personId, CompetencyId competencyId, SourceKind source, boolean includeRetracted);

    /** The evidence a proficiency is derived from: not retracted, in the order it was observed. */
    List<Evidence> active(TenantId tenantId, PersonId personId, CompetencyId competencyId);

    /**
     * The active evidence of each person in the competencies given for them, in the order observed:
     * one query per competency (a batch touches few), so neither a person's other competencies nor
     * other people's evidence come along. The people are joined as a table ({@code UNNEST} of one
     * array parameter) so that both databases probe the (tenant, person, competency) index once a
     * person; written as {@code person_id IN (…)}, H2 read every piece of evidence of the competency,
     * ever more as the ledger grew. (Not read-only: such a query did not see the evidence the same
     * transaction had just added.)
     */
    List<Evidence> active(TenantId tenantId, Map<String, Set<String>> competenciesByPerson);

    /** Every active piece of evidence of a person, in the order observed. */
    List<Evidence> active(TenantId tenantId, PersonId personId);

    /** The content a person has evidence from (not retracted): what they have done. */
    List<String> contentDone(TenantId tenantId, PersonId personId);

    /**
     * The content these people have done, with the active evidence from it: rows of
     * (person id, content ref, evidence id).
     */
    List<Object[]> contentDone(TenantId tenantId, Collection<String> personIds);

    /** The evidence with these ids (retracted or not). */
    List<Evidence> byIds(TenantId tenantId, Collection<String> ids);

    /** The people of the tenant that have any evidence at all. */
    List<String> peopleWithEvidence(TenantId tenantId);

    /** Moves the ledger of a merged person to the survivor. */
    void moveAll(TenantId tenantId, PersonId from, PersonId to);
}
