package io.proficio.application;

import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;

import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.statement.MappingQueueEntry;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingOutcome;
import io.proficio.domain.xapi.MappingRules;
import io.proficio.domain.xapi.StatementFacts;
import io.proficio.domain.xapi.Verbs;
import io.proficio.infrastructure.persistence.AlignmentRepository;
import io.proficio.infrastructure.persistence.EvidenceRepository;
import io.proficio.infrastructure.persistence.FrameworkRepository;
import io.proficio.infrastructure.persistence.StatementRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns one queued statement into evidence, in a transaction of its own: the actor becomes the person
 * the identifiers name (an unknown actor a new, pending person); the activity, or its parent or
 * grouping activities, find their alignments (exact IRI, IRI prefix, or course); the tenant's mapping
 * rules turn verb and result into a level, or say why not; the statement records what came of it and
 * leaves the queue. A voiding statement retracts the evidence of the statement it voids.
 */
@Stateless
public class StatementMappingService {

    @Inject
    StatementRepository statements;
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

    /** Entries due now, for the worker. */
    public List<MappingQueueEntry> due(int limit) {
        return statements.due(Instant.now(), limit);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void mapOne(TenantId tenantId, String statementId) {
        Optional<MappingQueueEntry> queued = statements.queued(tenantId, statementId);
        Optional<XapiStatement> found = statements.find(tenantId, statementId);
        if (queued.isEmpty() || found.isEmpty()) {
            return; // mapped meanwhile (another node)
        }
        XapiStatement statement = found.get();
        String[] outcome = map(statement, read(statement.json()));
        statement.mapped(outcome[0], outcome[1]);
        statements.dequeue(queued.get());
    }

    /** A mapping attempt failed: tried again later, given up (status {@code failed}) after ten attempts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(TenantId tenantId, String statementId, String reason) {
        statements.queued(tenantId, statementId).ifPresent(entry -> {
            if (entry.failedAt(Instant.now()) >= 10) {
                statements.find(tenantId, statementId).ifPresent(s -> s.mapped("failed", reason));
                statements.dequeue(entry);
            }
        });
    }

    /** @return the status and its detail */
    private String[] map(XapiStatement statement, JsonObject json) {
        TenantId tenantId = statement.tenantId();
        if (statement.isVoided()) {
            return new String[] {"voided", "Voided before it was mapped."};
        }
        if (statement.voidsId().isPresent()) {
            List<Evidence> voided = ledger.bySource(tenantId, SourceKind.XAPI, statement.voidsId().get());
            voided.forEach(e -> evidence.retract(tenantId, e.id(), "voided by statement " + statement.id()));
            return new String[] {"voided-target", voided.size() + " evidence retracted"};
        }
        if (statement.actorIfi().isEmpty()) {
            return new String[] {"no-actor", "The actor names nobody (a Group without an identifier)."};
        }
        Map<String, Alignment> byCompetency = aligned(tenantId, candidates(json, statement));
        if (byCompetency.isEmpty()) {
            return new String[] {"no-alignment", "No alignment matches " + statement.activityId().orElse("the object")
                    + " or its context activities."};
        }
        StatementFacts facts = facts(json);
        Person person = null;
        Instant observed = text(json, "timestamp").flatMap(StatementMappingService::instant).orElse(statement.storedAt());
        List<String> recorded = new ArrayList<>();
        String reason = null;
        for (Alignment alignment : byCompetency.values()) {
            Competency competency = frameworks.findCompetency(tenantId, alignment.competencyId()).orElseThrow();
            MappingOutcome outcome = MappingRules.defaults().map(facts, alignment.level(),
                    scales.get(tenantId, competency.frameworkId()));
            if (outcome instanceof MappingOutcome.Evidence level) {
                if (person == null) {
                    // Only a statement that is evidence makes an unknown actor a (pending) person.
                    person = people.recognise(tenantId, statement.actorIfi().get(), text(object(json, "actor"), "name")
                            .orElse(statement.actorIfi().get()), List.of(), PersonStatus.PENDING);
                }
                evidence.record(tenantId, new EvidenceSpec(person.id().value(), competency.id().value(), level.level(),
                        null, SourceKind.XAPI.value(), statement.id(), observed, null, alignment.content().type().value(),
                        alignment.content().ref()), "xapi:" + statement.sourceId());
                recorded.add(competency.label() + " at " + level.level() + " (" + level.rule() + ")");
            } else if (outcome instanceof MappingOutcome.NoEvidence none) {
                reason = none.reason().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + none.detail();
            }
        }
        return recorded.isEmpty() ? new String[] {"no-evidence", reason}
                : new String[] {"evidence", String.join("; ", recorded)};
    }

    /** The object's activity, then its parent and grouping activities (xAPI Data §2.4.6.2). */
    private static List<String> candidates(JsonObject json, XapiStatement statement) {
        JsonObject contextActivities = object(object(json, "context"), "contextActivities");
        return Stream.concat(statement.activityId().stream(), Stream.of("parent", "grouping")
                        .flatMap(kind -> activities(contextActivities.get(kind))))
                .distinct().toList();
    }

    /** For each competency, the alignment with the highest level among those the candidates match. */
    private Map<String, Alignment> aligned(TenantId tenantId, List<String> candidates) {
        Map<String, Alignment> byCompetency = new LinkedHashMap<>();
        List<Alignment> prefixes = alignments.list(tenantId, null, ContentType.XAPI_ACTIVITY_PREFIX, null);
        for (String iri : candidates) {
            Stream.of(alignments.list(tenantId, null, ContentType.XAPI_ACTIVITY, iri).stream(),
                            alignments.list(tenantId, null, ContentType.COURSE, iri).stream(),
                            prefixes.stream().filter(a -> iri.startsWith(a.content().ref())))
                    .flatMap(s -> s)
                    .forEach(a -> byCompetency.merge(a.competencyId().value(), a,
                            (kept, other) -> other.level() > kept.level() ? other : kept));
        }
        return byCompetency;
    }

    /** Verb and result as the mapping rules read them (cmi5: its category activity and masteryScore). */
    static StatementFacts facts(JsonObject json) {
        StatementFacts facts = StatementFacts.of(text(object(json, "verb"), "id").orElse(""));
        JsonObject result = object(json, "result");
        JsonValue success = result.get("success");
        if (JsonValue.TRUE.equals(success) || JsonValue.FALSE.equals(success)) {
            facts = facts.withSuccess(JsonValue.TRUE.equals(success));
        }
        JsonValue completion = result.get("completion");
        if (JsonValue.TRUE.equals(completion) || JsonValue.FALSE.equals(completion)) {
            facts = facts.withCompletion(JsonValue.TRUE.equals(completion));
        }
        if (object(result, "score").get("scaled") instanceof JsonNumber scaled) {
            facts = facts.withScaledScore(scaled.doubleValue());
        }
        JsonObject context = object(json, "context");
        boolean cmi5 = activities(object(context, "contextActivities").get("category"))
                .anyMatch(Verbs.CMI5_CATEGORY::equals);
        if (cmi5) {
            facts = facts.asCmi5();
        }
        if (object(context, "extensions").get(Verbs.MASTERY_SCORE_EXTENSION) instanceof JsonNumber mastery) {
            facts = facts.withMasteryScore(mastery.doubleValue());
        }
        return facts;
    }

    private static Stream<String> activities(JsonValue value) {
        if (value == null) {
            return Stream.empty();
        }
        List<JsonValue> items = value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
        return items.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .flatMap(v -> text(v.asJsonObject(), "id").stream());
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
