package io.proficio.application.fakes;

import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.EntityExistsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@link EvidenceRepository} in memory, as {@code JpaEvidenceRepository} answers: every query within
 * one tenant; "active" is not retracted, in the order observed (then recorded, then added); a list
 * newest observation first. The ledger's unique keys hold: one id, and one piece of evidence per
 * tenant, source kind, source reference and competency.
 */
public final class InMemoryEvidenceRepository implements EvidenceRepository {

    private static final Comparator<Evidence> OBSERVED = Comparator.comparing(Evidence::observedAt)
            .thenComparing(Evidence::recordedAt);

    private final List<Evidence> ledger = new ArrayList<>();

    @Override
    public void add(Evidence evidence) {
        for (Evidence e : ledger) {
            if (e.id().equals(evidence.id())) {
                throw new EntityExistsException("Evidence " + evidence.id() + " exists");
            }
            if (e.tenantId().equals(evidence.tenantId()) && e.source() == evidence.source()
                    && e.sourceRef().equals(evidence.sourceRef()) && e.competencyId().equals(evidence.competencyId())) {
                throw new EntityExistsException("Evidence from " + evidence.source().value() + " " + evidence.sourceRef()
                        + " in " + evidence.competencyId() + " exists: " + e.id());
            }
        }
        ledger.add(evidence);
    }

    /** Every piece of evidence of every tenant, retracted or not, in the order added. */
    public List<Evidence> all() {
        return List.copyOf(ledger);
    }

    private Stream<Evidence> of(TenantId tenantId) {
        return ledger.stream().filter(e -> e.tenantId().equals(tenantId));
    }

    @Override
    public Optional<Evidence> find(TenantId tenantId, EvidenceId id) {
        return of(tenantId).filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Evidence> findBySource(TenantId tenantId, SourceKind source, String sourceRef,
                                           CompetencyId competencyId) {
        return of(tenantId).filter(e -> e.source() == source && e.sourceRef().equals(sourceRef)
                && e.competencyId().equals(competencyId)).findFirst();
    }

    @Override
    public List<Evidence> bySources(TenantId tenantId, SourceKind source, Collection<String> refs) {
        return of(tenantId).filter(e -> e.source() == source && refs.contains(e.sourceRef())).toList();
    }

    @Override
    public List<Evidence> bySource(TenantId tenantId, SourceKind source, String sourceRef) {
        return of(tenantId).filter(e -> e.source() == source && e.sourceRef().equals(sourceRef)).toList();
    }

    @Override
    public List<Evidence> list(TenantId tenantId, PersonId personId, CompetencyId competencyId, SourceKind source,
                               boolean includeRetracted) {
        Predicate<Evidence> wanted = e -> e.personId().equals(personId)
                && (competencyId == null || e.competencyId().equals(competencyId))
                && (source == null || e.source() == source)
                && (includeRetracted || !e.isRetracted());
        return of(tenantId).filter(wanted).sorted(OBSERVED.reversed()).toList();
    }

    @Override
    public List<Evidence> active(TenantId tenantId, PersonId personId, CompetencyId competencyId) {
        return of(tenantId).filter(e -> !e.isRetracted() && e.personId().equals(personId)
                && e.competencyId().equals(competencyId)).sorted(OBSERVED).toList();
    }

    /** As the JPA query runs it: one competency after the other, each in the order observed. */
    @Override
    public List<Evidence> active(TenantId tenantId, Map<String, Set<String>> competenciesByPerson) {
        Map<String, Set<String>> peopleByCompetency = new LinkedHashMap<>();
        competenciesByPerson.forEach((person, competencies) -> competencies.forEach(competency ->
                peopleByCompetency.computeIfAbsent(competency, k -> new LinkedHashSet<>()).add(person)));
        List<Evidence> active = new ArrayList<>();
        peopleByCompetency.forEach((competency, people) -> of(tenantId)
                .filter(e -> !e.isRetracted() && e.competencyId().value().equals(competency)
                        && people.contains(e.personId().value()))
                .sorted(OBSERVED).forEach(active::add));
        return active;
    }

    @Override
    public List<Evidence> active(TenantId tenantId, PersonId personId) {
        return of(tenantId).filter(e -> !e.isRetracted() && e.personId().equals(personId)).sorted(OBSERVED).toList();
    }

    @Override
    public List<String> contentDone(TenantId tenantId, PersonId personId) {
        return of(tenantId).filter(e -> !e.isRetracted() && e.personId().equals(personId))
                .flatMap(e -> e.content().stream()).map(ContentRef::ref).distinct().toList();
    }

    @Override
    public List<Object[]> contentDone(TenantId tenantId, Collection<String> personIds) {
        List<Object[]> rows = new ArrayList<>();
        of(tenantId).filter(e -> !e.isRetracted() && personIds.contains(e.personId().value()))
                .forEach(e -> e.content().ifPresent(content ->
                        rows.add(new Object[] {e.personId().value(), content.ref(), e.id().value()})));
        return rows;
    }

    @Override
    public List<Evidence> byIds(TenantId tenantId, Collection<String> ids) {
        return of(tenantId).filter(e -> ids.contains(e.id().value())).toList();
    }

    @Override
    public List<String> peopleWithEvidence(TenantId tenantId) {
        return of(tenantId).map(e -> e.personId().value()).distinct().toList();
    }

    @Override
    public void moveAll(TenantId tenantId, PersonId from, PersonId to) {
        of(tenantId).filter(e -> e.personId().equals(from)).toList().forEach(e -> e.moveTo(to));
    }
}
