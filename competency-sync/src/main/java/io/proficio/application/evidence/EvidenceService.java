package io.proficio.application.evidence;

import io.proficio.application.people.PersonDirectory;
import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    PersonDirectory people;
    @Inject
    ProficiencyService proficiency;

    /** @param created false when the source was recorded before, and nothing changed */
    public record Recorded(Evidence evidence, boolean created) {
    }

    /**
     * @param recordedBy who records it (a token or person id), may be null
     */
    public Recorded record(TenantId tenantId, EvidenceSpec spec, String recordedBy) {
        return recordAll(tenantId, List.of(spec), recordedBy, "").get(0);
    }

    /** The largest batch {@link #recordAll} takes. */
    public static final int MAX_BATCH = 1000;

    /**
     * Records a batch of evidence, all or nothing: one invalid entry refuses the batch, each
     * violation pointing into it ({@code /3/level}). Proficiency is refreshed once per person and
     * competency touched.
     */
    public List<Recorded> recordAll(TenantId tenantId, List<EvidenceSpec> specs, String recordedBy) {
        if (specs.isEmpty() || specs.size() > MAX_BATCH) {
            throw ProficioException.invalid("", "A batch holds 1 to " + MAX_BATCH + " pieces of evidence.");
        }
        return recordAll(tenantId, specs, recordedBy, null);
    }

    /** A spec that passed its checks, with what they looked up. */
    private record Checked(EvidenceSpec spec, Person person, Competency competency, SourceKind source, int level,
                           ContentRef content) {
    }

    /** Lookups shared by the entries of one batch. */
    private final class Lookups {
        final TenantId tenantId;
        final Map<String, Optional<Person>> people = new HashMap<>();
        final Map<String, Optional<Competency>> competencies = new HashMap<>();
        final Map<String, Optional<Scale>> scales = new HashMap<>();

        /** The batch's people are looked up at once. */
        Lookups(TenantId tenantId, List<EvidenceSpec> specs) {
            this.tenantId = tenantId;
            Set<String> ids = new LinkedHashSet<>();
            specs.stream().filter(spec -> spec != null && spec.personId() != null && !spec.personId().isBlank())
                    .forEach(spec -> ids.add(spec.personId()));
            Map<String, Person> found = EvidenceService.this.people.findAll(tenantId, ids);
            ids.forEach(id -> people.put(id, Optional.ofNullable(found.get(id))));
        }

        Optional<Person> person(String id) {
            return people.computeIfAbsent(id, k -> EvidenceService.this.people.find(tenantId, new PersonId(k)));
        }

        Optional<Competency> competency(String id) {
            return competencies.computeIfAbsent(id, k -> frameworks.findCompetency(tenantId, new CompetencyId(k)));
        }

        Optional<Scale> scale(Competency competency) {
            return scales.computeIfAbsent(competency.frameworkId().value(),
                    k -> frameworks.scale(tenantId, competency.frameworkId()));
        }
    }

    /** @param single null for a batch (pointers carry the entry's index), else the pointer prefix of one entry */
    private List<Recorded> recordAll(TenantId tenantId, List<EvidenceSpec> specs, String recordedBy, String single) {
        Violations violations = new Violations();
        Lookups lookups = new Lookups(tenantId, specs);
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = single != null ? single : "/" + i;
            EvidenceSpec spec = specs.get(i);
            if (spec == null) {
                violations.add(ErrorCode.INVALID_REQUEST, at, "Entry " + i + " is empty.");
                continue;
            }
            checked.add(check(lookups, spec, at, violations));
        }
        violations.throwIfAny("The evidence is not valid");

        Instant now = Instant.now();
        List<Recorded> recorded = new ArrayList<>();
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        Map<List<String>, Evidence> bySource = recordedBefore(tenantId, checked);
        for (Checked c : checked) {
            Evidence existing = bySource.get(sourceKey(c.source(), c.spec().sourceRef().strip(), c.competency().id()));
            if (existing != null) {
                recorded.add(new Recorded(existing, false));
                continue;
            }
            Evidence evidence = new Evidence(EvidenceId.generate(), tenantId, c.person().id(), c.competency().id(),
                    c.level(), c.spec().scaledScore(), c.source(), c.spec().sourceRef().strip(),
                    c.spec().weight() == null ? 1.0 : c.spec().weight(),
                    c.spec().observedAt() == null ? now : c.spec().observedAt(), now, recordedBy);
            if (c.content() != null) {
                evidence.cameFrom(c.content());
            }
            ledger.add(evidence);
            bySource.put(sourceKey(evidence.source(), evidence.sourceRef(), evidence.competencyId()), evidence);
            touched.computeIfAbsent(c.person().id().value(), k -> new LinkedHashSet<>()).add(c.competency().id().value());
            recorded.add(new Recorded(evidence, true));
        }
        proficiency.refresh(tenantId, touched);
        return recorded;
    }

    /** The evidence the batch's sources recorded before, by {@link #sourceKey}: one query per source kind. */
    private Map<List<String>, Evidence> recordedBefore(TenantId tenantId, List<Checked> checked) {
        Map<SourceKind, Set<String>> refsByKind = new LinkedHashMap<>();
        checked.forEach(c -> refsByKind.computeIfAbsent(c.source(), k -> new LinkedHashSet<>())
                .add(c.spec().sourceRef().strip()));
        Map<List<String>, Evidence> bySource = new HashMap<>();
        refsByKind.forEach((kind, refs) -> ledger.bySources(tenantId, kind, refs).forEach(e ->
                bySource.put(sourceKey(e.source(), e.sourceRef(), e.competencyId()), e)));
        return bySource;
    }

    /** What makes evidence the same evidence: its source (kind and reference) and competency. */
    private static List<String> sourceKey(SourceKind kind, String ref, CompetencyId competencyId) {
        return List.of(kind.value(), ref, competencyId.value());
    }

    private Checked check(Lookups lookups, EvidenceSpec spec, String at, Violations violations) {
        Person person = person(lookups, spec.personId(), at, violations);
        Optional<Competency> competency = competency(lookups, spec.competencyId(), at, violations);
        SourceKind source = spec.sourceKind() == null ? null : SourceKind.parse(spec.sourceKind()).orElse(null);
        if (source == null) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/source/kind", "source.kind must be one of xapi, lms-score,"
                    + " self-rating, manager-rating, assessment, import.");
        }
        if (spec.sourceRef() == null || spec.sourceRef().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/source/ref", "source.ref is required.");
        }
        if (spec.weight() != null && !(spec.weight() > 0 && spec.weight() <= 100)) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/weight", "weight must be above 0 and at most 100.");
        }
        Integer level = level(lookups, competency, spec, at, violations);
        ContentRef content = spec.contentType() == null && spec.contentRef() == null ? null
                : ContentRef.parse(spec.contentType(), spec.contentRef(), at + "/content", violations);
        return new Checked(spec, person, competency.orElse(null), source, level == null ? 0 : level, content);
    }

    private Person person(Lookups lookups, String personId, String at, Violations violations) {
        if (personId == null || personId.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/personId", "personId is required.");
            return null;
        }
        Optional<Person> person = lookups.person(personId);
        if (person.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, at + "/personId", "There is no person " + personId + " in this tenant.");
        }
        return person.orElse(null);
    }

    private Optional<Competency> competency(Lookups lookups, String competencyId, String at, Violations violations) {
        if (competencyId == null || competencyId.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/competencyId", "competencyId is required.");
            return Optional.empty();
        }
        Optional<Competency> competency = lookups.competency(competencyId);
        if (competency.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, at + "/competencyId",
                    "There is no competency " + competencyId + " in this tenant.");
        }
        return competency;
    }

    private Integer level(Lookups lookups, Optional<Competency> competency, EvidenceSpec spec, String at,
                          Violations violations) {
        if ((spec.level() == null) == (spec.scaledScore() == null)) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/level", "Give either level or scaledScore, not both or neither.");
            return null;
        }
        if (spec.scaledScore() != null && !(spec.scaledScore() >= -1 && spec.scaledScore() <= 1)) {
            violations.add(ErrorCode.INVALID_REQUEST, at + "/scaledScore", "scaledScore must lie in -1..1.");
            return null;
        }
        Optional<Scale> scale = competency.flatMap(lookups::scale);
        if (scale.isEmpty()) {
            return null;
        }
        if (spec.scaledScore() != null) {
            return scale.get().levelForScaledScore(spec.scaledScore());
        }
        if (!scale.get().contains(spec.level())) {
            violations.add(ErrorCode.LEVEL_OUTSIDE_SCALE, at + "/level", "Level " + spec.level()
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
     * Retracts those of {@code pieces} still active, all for one reason, and derives the levels they
     * touched once (one {@code LevelsChanged}).
     *
     * @return how many were retracted now; the others were retracted before
     */
    public int retractAll(TenantId tenantId, List<Evidence> pieces, String reason) {
        Instant now = Instant.now();
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        int retracted = 0;
        for (Evidence piece : pieces) {
            if (piece.retract(reason, now)) {
                retracted++;
                touched.computeIfAbsent(piece.personId().value(), person -> new LinkedHashSet<>())
                        .add(piece.competencyId().value());
            }
        }
        if (!touched.isEmpty()) {
            proficiency.refresh(tenantId, touched);
        }
        return retracted;
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
