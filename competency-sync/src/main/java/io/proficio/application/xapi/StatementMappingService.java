package io.proficio.application.xapi;

import io.proficio.application.evidence.EvidenceService;
import io.proficio.application.evidence.EvidenceSpec;
import io.proficio.application.framework.ScaleService;
import io.proficio.application.people.PersonService;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentRepository;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.statement.StatementRepository;
import io.proficio.domain.statement.StatementWriter;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingOutcome;
import io.proficio.domain.xapi.MappingResult;
import io.proficio.domain.xapi.MappingRules;
import io.proficio.domain.xapi.Statement;
import io.proficio.domain.xapi.StatementFacts;
import io.proficio.domain.xapi.StatementMatching;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns queued statements into evidence, a chunk of a tenant's statements in one transaction: the
 * actor becomes the person the identifiers name (an unknown actor a new, pending person); the
 * activity, or its parent or grouping activities, find their alignments (exact IRI, IRI prefix, or
 * course); the tenant's mapping rules ({@link MappingRulesService}) turn verb and result into a
 * level, or say why not; the statement records what came of it and leaves the queue. A voiding
 * statement retracts the evidence of the statement it voids.
 */
@Stateless
public class StatementMappingService {

    @Inject
    StatementRepository statements;
    @Inject
    StatementWriter writer;
    @Inject
    AlignmentRepository alignments;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    EvidenceRepository ledger;
    @Inject
    EvidenceService evidence;
    @Inject
    PersonService people;
    @Inject
    ScaleService scales;
    @Inject
    MappingRulesService mappingRules;

    /** Entries due now, oldest first, for the worker (not claimed: {@link #mapAll} claims). */
    public List<StatementRepository.Due> due(int limit) {
        return statements.due(Instant.now(), limit);
    }

    /**
     * Maps those of the tenant's queued statements {@code statementIds} that no other node is mapping
     * ({@code FOR UPDATE SKIP LOCKED}), in one transaction: their evidence is recorded together (one
     * proficiency refresh per person and competency), and they leave the queue.
     *
     * @return how many statements this call mapped
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int mapAll(TenantId tenantId, List<String> statementIds) {
        List<String> claimed = statements.claim(tenantId, statementIds);
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<XapiStatement, Statement> batchStatements = new LinkedHashMap<>();
        statements.readOnly(tenantId, claimed).forEach(stored -> batchStatements.put(stored, Statement.parse(stored.json())));
        Batch batch = new Batch(tenantId, batchStatements.values().stream()
                .flatMap(statement -> StatementMatching.candidates(statement).stream()).collect(Collectors.toSet()));
        Map<String, Supplier<MappingResult>> mapped = new LinkedHashMap<>();
        batchStatements.forEach((stored, statement) -> mapped.put(stored.id(), map(batch, stored, statement)));
        batch.recordEvidence();
        Map<String, MappingResult> outcomes = new LinkedHashMap<>();
        mapped.forEach((id, outcome) -> outcomes.put(id, outcome.get()));
        try {
            writer.recordMappings(tenantId, outcomes);
        } catch (SQLException e) {
            throw new PersistenceException("The mapping outcomes could not be recorded", e);
        }
        statements.dequeue(tenantId, claimed);
        return claimed.size();
    }

    /** A mapping attempt failed: tried again later, given up (status {@code failed}) after ten attempts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(TenantId tenantId, String statementId, String reason) {
        statements.queued(tenantId, statementId).ifPresent(entry -> {
            if (entry.failedAt(Instant.now()) >= 10) {
                statements.find(tenantId, statementId).ifPresent(s -> s.mapped(new MappingResult.Failed(reason)));
                statements.dequeue(tenantId, List.of(statementId));
            }
        });
    }

    /** What the statements of one batch look up (alignments, competencies, scales, people) and the evidence they make. */
    private final class Batch {
        final TenantId tenantId;
        final MappingRules rules;
        final List<Alignment> prefixes;
        final Map<String, List<Alignment>> exact;
        final Map<String, Competency> competencies = new HashMap<>();
        final Map<String, Scale> scales = new HashMap<>();
        /** Evidence by who records it (the statement's source), its person still to find from the actor. */
        final Map<String, List<Pending>> evidenceBySource = new LinkedHashMap<>();
        /** Each actor of a statement that is evidence, with their name. */
        final Map<String, String> actors = new HashMap<>();

        /** @param iris every activity IRI of the batch's statements, looked up at once */
        Batch(TenantId tenantId, Set<String> iris) {
            this.tenantId = tenantId;
            this.rules = mappingRules.of(tenantId).rules();
            this.prefixes = alignments.list(tenantId, null, ContentType.XAPI_ACTIVITY_PREFIX, null);
            this.exact = alignments.naming(tenantId, List.of(ContentType.XAPI_ACTIVITY, ContentType.COURSE), iris)
                    .stream().collect(Collectors.groupingBy(a -> a.content().ref()));
        }

        /** Alignments naming the IRI itself: as an xAPI activity or as a course. */
        List<Alignment> exact(String iri) {
            return exact.getOrDefault(iri, List.of());
        }

        Competency competency(CompetencyId id) {
            return competencies.computeIfAbsent(id.value(), k -> frameworks.findCompetency(tenantId, id).orElseThrow());
        }

        Scale scale(Competency competency) {
            return scales.computeIfAbsent(competency.frameworkId().value(), k -> StatementMappingService.this.scales
                    .get(tenantId, competency.frameworkId()));
        }

        void evidence(String sourceId, String actorName, Pending pending) {
            actors.putIfAbsent(pending.actor, actorName);
            evidenceBySource.computeIfAbsent("xapi:" + sourceId, k -> new ArrayList<>()).add(pending);
        }

        /** Only a statement that is evidence makes an unknown actor a (pending) person: all of the batch's at once. */
        void recordEvidence() {
            Map<String, Person> people = StatementMappingService.this.people.recogniseAll(tenantId, actors,
                    PersonStatus.PENDING);
            evidenceBySource.forEach((recordedBy, pending) -> {
                List<EvidenceSpec> specs = pending.stream()
                        .map(p -> p.spec.ofPerson(people.get(p.actor).id().value())).toList();
                for (int from = 0; from < specs.size(); from += EvidenceService.MAX_BATCH) {
                    int to = Math.min(specs.size(), from + EvidenceService.MAX_BATCH);
                    List<EvidenceService.Recorded> recorded = evidence.recordAll(tenantId, specs.subList(from, to), recordedBy);
                    for (int i = from; i < to; i++) {
                        pending.get(i).recorded = recorded.get(i - from).evidence();
                    }
                }
            });
        }
    }

    /**
     * Evidence of a statement's actor, who becomes a person when the batch's evidence is recorded; it
     * describes what the ledger holds once it is.
     */
    private static final class Pending {
        final String actor;
        final EvidenceSpec spec;
        final String competency;
        final String rule;
        Evidence recorded;

        Pending(String actor, EvidenceSpec spec, String competency, String rule) {
            this.actor = actor;
            this.spec = spec;
            this.competency = competency;
            this.rule = rule;
        }

        /**
         * {@code Risk basics at 3 (passed)}; a statement mapped again after its alignment changed keeps
         * the evidence it recorded first (a source and competency are recorded once), and says so.
         */
        String describe() {
            int level = recorded.level();
            return level == spec.level() ? competency + " at " + level + " (" + rule + ")"
                    : competency + " at " + level + " (recorded before; " + rule + " at " + spec.level() + " now)";
        }
    }

    /** What came of a statement, read once the batch's evidence is recorded. */
    private Supplier<MappingResult> map(Batch batch, XapiStatement stored, Statement statement) {
        TenantId tenantId = stored.tenantId();
        if (stored.isVoided()) {
            return MappingResult.Voided::new;
        }
        if (stored.voidsId().isPresent()) {
            MappingResult retracted = new MappingResult.VoidedTarget(evidence.retractAll(tenantId,
                    ledger.bySource(tenantId, SourceKind.XAPI, stored.voidsId().get()), "voided by statement " + stored.id()));
            return () -> retracted;
        }
        if (stored.actorIfi().isEmpty()) {
            return MappingResult.NoActor::new;
        }
        Map<String, Alignment> byCompetency = StatementMatching.strongest(StatementMatching.candidates(statement),
                batch::exact, batch.prefixes);
        if (byCompetency.isEmpty()) {
            MappingResult none = new MappingResult.NoAlignment(stored.activityId().orElse("the object"));
            return () -> none;
        }
        StatementFacts facts = StatementMatching.facts(statement);
        Instant observed = statement.timestamp().orElse(stored.storedAt());
        List<Pending> recorded = new ArrayList<>();
        MappingResult none = null;
        for (Alignment alignment : byCompetency.values()) {
            Competency competency = batch.competency(alignment.competencyId());
            MappingOutcome outcome = batch.rules.map(facts, alignment.level(), batch.scale(competency));
            if (outcome instanceof MappingOutcome.Evidence level) {
                String actor = stored.actorIfi().get();
                Pending pending = new Pending(actor, new EvidenceSpec(null, competency.id().value(),
                        level.level(), null, SourceKind.XAPI.value(), stored.id(), observed, null,
                        alignment.content().type().value(), alignment.content().ref()), competency.label(), level.rule());
                batch.evidence(stored.sourceId(), statement.actorName().orElse(actor), pending);
                recorded.add(pending);
            } else if (outcome instanceof MappingOutcome.NoEvidence reason) {
                none = MappingResult.NoEvidence.of(reason);
            }
        }
        MappingResult noEvidence = none;
        return recorded.isEmpty() ? () -> noEvidence
                : () -> new MappingResult.EvidenceRecorded(recorded.stream().map(Pending::describe).toList());
    }
}
