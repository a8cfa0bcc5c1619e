package io.proficio.application;

import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.EvidenceRepository;
import io.proficio.infrastructure.persistence.FrameworkRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records evidence in the ledger and keeps proficiency in step, in the same transaction. The same
 * source (kind, reference, competency) recorded again is the evidence already recorded.
 */
@Stateless
public class EvidenceService {

    @Inject
    EvidenceRepository ledger;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    PersonService people;
    @Inject
    ProficiencyService proficiency;

    /** @param created false when the source was recorded before, and nothing changed */
    public record Recorded(Evidence evidence, boolean created) {
    }

    /**
     * @param recordedBy who records it (a token or person id), may be null
     */
    public Recorded record(TenantId tenantId, EvidenceSpec spec, String recordedBy) {
        Violations violations = new Violations();
        Person person = person(tenantId, spec.personId(), violations);
        Optional<Competency> competency = competency(tenantId, spec.competencyId(), violations);
        SourceKind source = spec.sourceKind() == null ? null : SourceKind.parse(spec.sourceKind()).orElse(null);
        if (source == null) {
            violations.add(ErrorCode.INVALID_REQUEST, "/source/kind", "source.kind must be one of xapi, lms-score,"
                    + " self-rating, manager-rating, assessment, import.");
        }
        if (spec.sourceRef() == null || spec.sourceRef().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/source/ref", "source.ref is required.");
        }
        if (spec.weight() != null && !(spec.weight() > 0 && spec.weight() <= 100)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/weight", "weight must be above 0 and at most 100.");
        }
        Integer level = level(tenantId, competency, spec, violations);
        ContentRef content = spec.contentType() == null && spec.contentRef() == null ? null
                : ContentRef.parse(spec.contentType(), spec.contentRef(), "/content", violations);
        violations.throwIfAny("The evidence is not valid");

        Optional<Evidence> recorded = ledger.findBySource(tenantId, source, spec.sourceRef().strip(), competency.get().id());
        if (recorded.isPresent()) {
            return new Recorded(recorded.get(), false);
        }
        Instant now = Instant.now();
        Evidence evidence = new Evidence(EvidenceId.generate(), tenantId, person.id(), competency.get().id(), level,
                spec.scaledScore(), source, spec.sourceRef().strip(), spec.weight() == null ? 1.0 : spec.weight(),
                spec.observedAt() == null ? now : spec.observedAt(), now, recordedBy);
        if (content != null) {
            evidence.cameFrom(content);
        }
        ledger.add(evidence);
        proficiency.refresh(tenantId, person.id(), competency.get().id());
        return new Recorded(evidence, true);
    }

    private Person person(TenantId tenantId, String personId, Violations violations) {
        if (personId == null || personId.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/personId", "personId is required.");
            return null;
        }
        Optional<Person> person = people.find(tenantId, new PersonId(personId));
        if (person.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, "/personId", "There is no person " + personId + " in this tenant.");
        }
        return person.orElse(null);
    }

    private Optional<Competency> competency(TenantId tenantId, String competencyId, Violations violations) {
        if (competencyId == null || competencyId.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/competencyId", "competencyId is required.");
            return Optional.empty();
        }
        Optional<Competency> competency = frameworks.findCompetency(tenantId, new CompetencyId(competencyId));
        if (competency.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, "/competencyId",
                    "There is no competency " + competencyId + " in this tenant.");
        }
        return competency;
    }

    private Integer level(TenantId tenantId, Optional<Competency> competency, EvidenceSpec spec, Violations violations) {
        if ((spec.level() == null) == (spec.scaledScore() == null)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/level", "Give either level or scaledScore, not both or neither.");
            return null;
        }
        if (spec.scaledScore() != null && !(spec.scaledScore() >= -1 && spec.scaledScore() <= 1)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/scaledScore", "scaledScore must lie in -1..1.");
            return null;
        }
        Optional<Scale> scale = competency.flatMap(c -> frameworks.scale(tenantId, c.frameworkId()));
        if (scale.isEmpty()) {
            return null;
        }
        if (spec.scaledScore() != null) {
            return scale.get().levelForScaledScore(spec.scaledScore());
        }
        if (!scale.get().contains(spec.level())) {
            violations.add(ErrorCode.LEVEL_OUTSIDE_SCALE, "/level", "Level " + spec.level()
                    + " is outside the competency's scale (1.." + scale.get().highestLevel() + ").");
        }
        return spec.level();
    }

    /** A person rates themself: self-rating evidence. */
    public Recorded rateSelf(TenantId tenantId, PersonId personId, String competencyId, Integer level, String recordedBy) {
        return record(tenantId, new EvidenceSpec(personId.value(), competencyId, level, null,
                SourceKind.SELF_RATING.value(), "self-rating:" + UUID.randomUUID(), null, null), recordedBy);
    }

    /**
     * A manager rates one of their reports: manager-rating evidence.
     *
     * @throws ProficioException {@link ErrorCode#NOT_THEIR_REPORT} when the person does not report to the manager
     */
    public Recorded rateAsManager(TenantId tenantId, PersonId managerId, PersonId personId, String competencyId,
                                  Integer level, String recordedBy) {
        Person manager = people.get(tenantId, managerId);
        Person person = people.get(tenantId, personId);
        if (!person.managerId().map(manager.id()::equals).orElse(false)) {
            throw new ProficioException(ErrorCode.NOT_THEIR_REPORT,
                    "Person " + personId + " does not report to " + managerId + "; only their manager may rate them.");
        }
        return record(tenantId, new EvidenceSpec(person.id().value(), competencyId, level, null,
                SourceKind.MANAGER_RATING.value(), "manager-rating:" + UUID.randomUUID(), null, null),
                recordedBy == null ? manager.id().value() : recordedBy);
    }

    /** Marks evidence retracted (e.g. its xAPI statement was voided) and re-derives the proficiency. */
    public Evidence retract(TenantId tenantId, EvidenceId id, String reason) {
        Evidence evidence = ledger.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Evidence", id));
        if (evidence.retract(reason == null || reason.isBlank() ? "retracted" : reason.strip(), Instant.now())) {
            proficiency.refresh(tenantId, evidence.personId(), evidence.competencyId());
        }
        return evidence;
    }

    /**
     * @param competencyId may be null
     * @param sourceKind   may be null; an unknown kind is refused
     */
    public List<Evidence> list(TenantId tenantId, PersonId personId, String competencyId, String sourceKind,
                               boolean includeRetracted) {
        Person person = people.get(tenantId, personId);
        SourceKind source = sourceKind == null ? null : SourceKind.parse(sourceKind)
                .orElseThrow(() -> ProficioException.invalid("/source", "Unknown source kind " + sourceKind + "."));
        return ledger.list(tenantId, person.id(), competencyId == null ? null : new CompetencyId(competencyId), source,
                includeRetracted);
    }
}
