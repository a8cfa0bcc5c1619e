package io.proficio.application.xapi;

import static io.proficio.application.fakes.Underwriting.DEALS;
import static io.proficio.application.fakes.Underwriting.DEALS_CLOSE;
import static io.proficio.application.fakes.Underwriting.DEALS_TERMS;
import static io.proficio.application.fakes.Underwriting.RISK;
import static io.proficio.application.fakes.Underwriting.RISK_ID;
import static io.proficio.application.fakes.Underwriting.RISK_PRICE;
import static io.proficio.application.fakes.Underwriting.UW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.application.evidence.EvidenceWiring;
import io.proficio.application.fakes.HeldLevel;
import io.proficio.application.fakes.InMemoryActivityRepository;
import io.proficio.application.fakes.InMemoryAlignmentRepository;
import io.proficio.application.fakes.InMemoryEvidenceRepository;
import io.proficio.application.fakes.InMemoryFrameworkRepository;
import io.proficio.application.fakes.InMemoryPersonRepository;
import io.proficio.application.fakes.InMemoryProficiencyRepository;
import io.proficio.application.fakes.InMemoryStatementRepository;
import io.proficio.application.fakes.InMemoryStatementWriter;
import io.proficio.application.fakes.RecordingEvent;
import io.proficio.application.fakes.Underwriting;
import io.proficio.application.framework.FrameworkWiring;
import io.proficio.application.people.PeopleWiring;
import io.proficio.application.people.PersonService;
import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.application.proficiency.ProficiencyWiring;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.Effect;
import io.proficio.domain.xapi.MappingResult;
import io.proficio.domain.xapi.MappingRule;
import io.proficio.domain.xapi.MappingRules;
import io.proficio.domain.xapi.Verbs;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StatementMappingService#mapAll} over in-memory repositories, with the real evidence,
 * proficiency, people and scale services. Statements are stored through the real
 * {@link StatementService#store}, so voiding marks its target as it does in the product. The one
 * seam faked is {@link MappingRulesService}, which reads the tenant's rules through an
 * {@code EntityManager}: {@link RulesInForce} hands out the rules a test chooses.
 */
class StatementMappingServiceTest {

    private static final TenantId TENANT = new TenantId("tenant-a");
    private static final Instant STORED = Instant.parse("2025-03-03T10:00:05Z");
    private static final String OBSERVED = "2025-03-03T09:30:00Z";

    private static final String QUIZ = "https://lms.example.com/course/7/quiz/risk";
    private static final String COURSE = "https://lms.example.com/course/7";
    private static final String PAGE = "https://lms.example.com/course/7/page/intro";
    private static final String EXAM = "https://lms.example.com/exam/final";
    private static final String PRICING = "https://sim.example.com/pricing/";

    private static final String PAT = "{\"objectType\":\"Agent\",\"name\":\"Pat Doe\",\"mbox\":\"mailto:pat@example.com\"}";
    private static final String PAT_SHA1 = "{\"mbox_sha1sum\":\"" + PersonIdentifier.parse("mailto:pat@example.com")
            .flatMap(PersonIdentifier::sha1Twin).orElseThrow().value().toUpperCase() + "\"}";
    private static final String LENA = "{\"name\":\"Lena Learner\",\"account\":"
            + "{\"homePage\":\"https://lms.example.com\",\"name\":\"lena\"}}";
    private static final String ANONYMOUS_GROUP = "{\"objectType\":\"Group\",\"member\":[" + PAT + "]}";

    private final InMemoryStatementRepository statements = new InMemoryStatementRepository();
    private final InMemoryStatementWriter writer = new InMemoryStatementWriter(statements);
    private final InMemoryAlignmentRepository alignments = new InMemoryAlignmentRepository();
    private final InMemoryFrameworkRepository frameworks = new InMemoryFrameworkRepository();
    private final InMemoryEvidenceRepository ledger = new InMemoryEvidenceRepository();
    private final InMemoryProficiencyRepository levels = new InMemoryProficiencyRepository();
    private final InMemoryPersonRepository people = new InMemoryPersonRepository();
    private final RecordingEvent<LevelsChanged> levelsChanged = new RecordingEvent<>();
    private final RulesInForce rules = new RulesInForce();
    private final StatementService intake = new StatementService();
    private final StatementMappingService service = new StatementMappingService();
    private final XapiSource source = new XapiSource("source-1", TENANT, "Course LMS", "key-1", "hash", STORED);
    private final Person pat;

    /** The rules a test chooses ({@link MappingRules#defaults()} until then), as if the tenant stored them. */
    private static final class RulesInForce extends MappingRulesService {
        MappingRules rules = MappingRules.defaults();

        @Override
        public InForce of(TenantId tenantId) {
            return new InForce(rules, rules.equals(MappingRules.defaults()), Optional.empty());
        }
    }

    StatementMappingServiceTest() {
        Underwriting.in(frameworks, TENANT);
        align(RISK_ID, ContentType.XAPI_ACTIVITY, QUIZ, 3);
        align(DEALS_TERMS, ContentType.COURSE, COURSE, 2);
        align(RISK_PRICE, ContentType.XAPI_ACTIVITY_PREFIX, PRICING, 4);
        align(RISK_ID, ContentType.XAPI_ACTIVITY, EXAM, 4);
        align(DEALS_CLOSE, ContentType.XAPI_ACTIVITY, EXAM, 5);

        ProficiencyService proficiency = ProficiencyWiring.wire(new ProficiencyService(), ledger, levels, frameworks,
                levelsChanged);
        PersonService personService = PeopleWiring.recognising(people);
        pat = personService.recognise(TENANT, "mailto:pat@example.com", "Pat Doe", List.of());
        intake.statements = statements;
        intake.writer = writer;
        intake.activities = new InMemoryActivityRepository();
        intake.queued = new RecordingEvent<>();
        service.statements = statements;
        service.writer = writer;
        service.alignments = alignments;
        service.frameworks = frameworks;
        service.ledger = ledger;
        service.evidence = EvidenceWiring.wire(ledger, frameworks, PeopleWiring.directory(people), proficiency);
        service.people = personService;
        service.scales = FrameworkWiring.scales(frameworks);
        service.mappingRules = rules;
    }

    private void align(String competency, ContentType type, String ref, int level) {
        alignments.add(new Alignment(AlignmentId.generate(), TENANT, new CompetencyId(competency),
                new ContentRef(type, ref), level, STORED));
    }

    private static String id(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    /** A statement by {@code actor} that {@code verb}s the activity {@code object}, observed at {@link #OBSERVED}. */
    private static String statement(int n, String actor, String verb, String object, String more) {
        return "{\"id\":\"" + id(n) + "\",\"actor\":" + actor + ",\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"objectType\":\"Activity\",\"id\":\"" + object + "\"},\"timestamp\":\"" + OBSERVED + "\""
                + more + "}";
    }

    private static String statement(int n, String actor, String verb, String object) {
        return statement(n, actor, verb, object, "");
    }

    /** A statement by Pat voiding statement {@code target} (xAPI 1.0.3 Data §2.4.8). */
    private static String voiding(int n, int target) {
        return "{\"id\":\"" + id(n) + "\",\"actor\":" + PAT + ",\"verb\":{\"id\":\"" + Verbs.VOIDED + "\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + id(target) + "\"}}";
    }

    private void store(String... json) {
        intake.store(source, Arrays.stream(json).map(j -> ReceivedStatement.of(j, STORED)).toList(), List.of(), List.of());
    }

    private static MappingResult evidence(String... recorded) {
        return new MappingResult.EvidenceRecorded(List.of(recorded));
    }

    /** Competency → level of the person's active evidence. */
    private Map<String, Integer> activeEvidence(Person person) {
        return ledger.active(TENANT, person.id()).stream()
                .collect(Collectors.toMap(e -> e.competencyId().value(), Evidence::level, (a, b) -> b, TreeMap::new));
    }

    // -- one statement, one outcome --------------------------------------------------------------

    static Stream<Arguments> eachStatementRecordsWhatCameOfIt() {
        return Stream.of(
                arguments("passed an aligned activity: the aligned level",
                        statement(1, PAT, Verbs.PASSED, QUIZ),
                        evidence("UW.RISK.ID Identify risks at 3 (passed)"), Map.of(RISK_ID, 3)),
                arguments("passed with a score: the score's level, never above the aligned one",
                        statement(1, PAT, Verbs.PASSED, QUIZ, ",\"result\":{\"score\":{\"scaled\":0.25}}"),
                        evidence("UW.RISK.ID Identify risks at 2 (passed-score)"), Map.of(RISK_ID, 2)),
                arguments("passed, but result.success says otherwise: one below",
                        statement(1, PAT, Verbs.PASSED, QUIZ, ",\"result\":{\"success\":false}"),
                        evidence("UW.RISK.ID Identify risks at 2 (passed-unsuccessful)"), Map.of(RISK_ID, 2)),
                arguments("failed: one below the aligned level",
                        statement(1, PAT, Verbs.FAILED, QUIZ),
                        evidence("UW.RISK.ID Identify risks at 2 (failed)"), Map.of(RISK_ID, 2)),
                arguments("completed: awareness, level 1",
                        statement(1, PAT, Verbs.COMPLETED, QUIZ),
                        evidence("UW.RISK.ID Identify risks at 1 (completion)"), Map.of(RISK_ID, 1)),
                arguments("completed with success: as passed",
                        statement(1, PAT, Verbs.COMPLETED, QUIZ, ",\"result\":{\"success\":true,\"completion\":true}"),
                        evidence("UW.RISK.ID Identify risks at 3 (completed-successful)"), Map.of(RISK_ID, 3)),
                arguments("the actor by the SHA-1 of their email, in capitals",
                        statement(1, PAT_SHA1, Verbs.PASSED, QUIZ),
                        evidence("UW.RISK.ID Identify risks at 3 (passed)"), Map.of(RISK_ID, 3)),
                arguments("an unaligned activity in an aligned course (its parent)",
                        statement(1, PAT, Verbs.PASSED, PAGE,
                                ",\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"" + COURSE + "\"}]}}"),
                        evidence("UW.DEALS.TERMS Negotiate terms at 2 (passed)"), Map.of(DEALS_TERMS, 2)),
                arguments("an activity aligned by IRI prefix",
                        statement(1, PAT, Verbs.PASSED, PRICING + "round-3"),
                        evidence("UW.RISK.PRICE Price risks at 4 (passed)"), Map.of(RISK_PRICE, 4)),
                arguments("an activity aligned to two competencies",
                        statement(1, PAT, Verbs.PASSED, EXAM),
                        evidence("UW.RISK.ID Identify risks at 4 (passed)", "UW.DEALS.CLOSE Close deals at 5 (passed)"),
                        Map.of(RISK_ID, 4, DEALS_CLOSE, 5)),
                arguments("the strongest alignment of a competency wins, here the grouping's",
                        statement(1, PAT, Verbs.PASSED, QUIZ,
                                ",\"context\":{\"contextActivities\":{\"grouping\":[{\"id\":\"" + EXAM + "\"}]}}"),
                        evidence("UW.RISK.ID Identify risks at 4 (passed)", "UW.DEALS.CLOSE Close deals at 5 (passed)"),
                        Map.of(RISK_ID, 4, DEALS_CLOSE, 5)),
                arguments("a verb that reports activity, not an outcome",
                        statement(1, PAT, Verbs.LAUNCHED, QUIZ),
                        new MappingResult.NoEvidence("not-an-outcome: 'launched' reports activity, not an outcome."),
                        Map.of()),
                arguments("a verb no rule knows",
                        statement(1, PAT, "https://example.com/verbs/liked", QUIZ),
                        new MappingResult.NoEvidence("unknown-verb: No rule maps the verb https://example.com/verbs/liked;"
                                + " add one to record evidence from it."),
                        Map.of()),
                arguments("scored, without a score",
                        statement(1, PAT, Verbs.SCORED, QUIZ),
                        new MappingResult.NoEvidence("no-score: 'scored' takes its level from result.score.scaled,"
                                + " and the statement has none."),
                        Map.of()),
                arguments("an activity nobody aligned",
                        statement(1, PAT, Verbs.PASSED, PAGE),
                        new MappingResult.NoAlignment(PAGE), Map.of()),
                arguments("a category activity does not count",
                        statement(1, PAT, Verbs.PASSED, PAGE,
                                ",\"context\":{\"contextActivities\":{\"category\":[{\"id\":\"" + QUIZ + "\"}]}}"),
                        new MappingResult.NoAlignment(PAGE), Map.of()),
                arguments("a StatementRef that voids nothing has no activity",
                        "{\"id\":\"" + id(1) + "\",\"actor\":" + PAT + ",\"verb\":{\"id\":\"" + Verbs.PASSED + "\"},"
                                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + id(9) + "\"}}",
                        new MappingResult.NoAlignment("the object"), Map.of()),
                arguments("an anonymous group names nobody",
                        statement(1, ANONYMOUS_GROUP, Verbs.PASSED, QUIZ),
                        new MappingResult.NoActor(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachStatementRecordsWhatCameOfIt(String what, String json, MappingResult expected,
                                          Map<String, Integer> evidence) {
        store(json);

        assertEquals(1, service.mapAll(TENANT, List.of(id(1))));

        assertEquals(Map.of(id(1), expected), writer.recorded());
        assertEquals(expected.status(), statements.find(TENANT, id(1)).orElseThrow().mappingStatus());
        assertEquals(new TreeMap<>(evidence), activeEvidence(pat));
        assertEquals(List.of(), statements.queued(TENANT));
    }

    @Test
    void evidenceFromAStatementNamesItsStatementContentAndTime() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ), statement(2, PAT, Verbs.PASSED, PRICING + "round-1")
                .replace(",\"timestamp\":\"" + OBSERVED + "\"", ""));

        service.mapAll(TENANT, List.of(id(1), id(2)));

        Evidence quiz = ledger.bySource(TENANT, SourceKind.XAPI, id(1)).get(0);
        assertEquals(pat.id(), quiz.personId());
        assertEquals(Instant.parse(OBSERVED), quiz.observedAt());
        assertEquals(Optional.of(new ContentRef(ContentType.XAPI_ACTIVITY, QUIZ)), quiz.content());
        Evidence pricing = ledger.bySource(TENANT, SourceKind.XAPI, id(2)).get(0);
        assertEquals(STORED, pricing.observedAt());
        assertEquals(Optional.of(new ContentRef(ContentType.XAPI_ACTIVITY_PREFIX, PRICING)), pricing.content());
        assertEquals(Map.of(RISK_ID, 3, RISK_PRICE, 4, RISK, 4, UW, 4), HeldLevel.numbers(levels, TENANT, pat.id()));
    }

    @Test
    void theTenantsOwnRulesDecide() {
        rules.rules = MappingRules.defaults().with(new MappingRule(Verbs.COMPLETED, Effect.COMPLETION_ONLY));
        store(statement(1, PAT, Verbs.COMPLETED, QUIZ), statement(2, PAT, Verbs.COMPLETED, EXAM,
                ",\"result\":{\"success\":true}"));

        service.mapAll(TENANT, List.of(id(1), id(2)));

        assertEquals(Map.of(
                id(1), new MappingResult.NoEvidence("completion-only: 'completed' without success shows completion,"
                        + " which this tenant does not count as evidence."),
                id(2), evidence("UW.RISK.ID Identify risks at 4 (completed-successful)",
                        "UW.DEALS.CLOSE Close deals at 5 (completed-successful)")), writer.recorded());
    }

    // -- people ----------------------------------------------------------------------------------

    @Test
    void anUnknownActorWhoseStatementIsEvidenceBecomesAPendingPerson() {
        store(statement(1, LENA, Verbs.PASSED, QUIZ), statement(2, LENA, Verbs.FAILED, EXAM));

        service.mapAll(TENANT, List.of(id(1), id(2)));

        List<Person> lenas = people.all().stream().filter(p -> p.name().equals("Lena Learner")).toList();
        assertEquals(1, lenas.size());
        Person lena = lenas.get(0);
        assertEquals(PersonStatus.PENDING, lena.status());
        assertEquals(Optional.of(lena.id()), people.findLink(TENANT,
                PersonIdentifier.parse("account:https://lms.example.com|lena").orElseThrow()).map(IdentifierLink::personId));
        assertEquals(Map.of(RISK_ID, 3, DEALS_CLOSE, 4), activeEvidence(lena));
        assertEquals(Map.of(), activeEvidence(pat));
    }

    @Test
    void anUnknownActorWhoseStatementIsNoEvidenceStaysNobody() {
        store(statement(1, LENA, Verbs.LAUNCHED, QUIZ), statement(2, LENA, Verbs.PASSED, PAGE));

        service.mapAll(TENANT, List.of(id(1), id(2)));

        assertEquals(List.of(pat), people.all());
        assertEquals(List.of(), ledger.all());
        assertEquals(List.of(), levelsChanged.fired());
    }

    /**
     * A learner nobody knows yet, named by email in one statement and by the SHA-1 of that email in
     * another of the same batch (xAPI Data §2.4.2.3 mbox and mbox_sha1sum), is one new person, in
     * either order.
     */
    @ParameterizedTest(name = "email first: {0}")
    @ValueSource(booleans = {true, false})
    void aNewLearnerNamedByEmailAndByItsSha1InOneBatchIsOnePerson(boolean emailFirst) {
        PersonIdentifier email = PersonIdentifier.parse("mailto:sam@example.com").orElseThrow();
        PersonIdentifier sha1 = email.sha1Twin().orElseThrow();
        String byEmail = "{\"mbox\":\"mailto:sam@example.com\"}";
        String bySha1 = "{\"mbox_sha1sum\":\"" + sha1.value() + "\"}";
        store(statement(1, emailFirst ? byEmail : bySha1, Verbs.PASSED, QUIZ),
                statement(2, emailFirst ? bySha1 : byEmail, Verbs.PASSED, EXAM));

        assertEquals(2, service.mapAll(TENANT, List.of(id(1), id(2))));

        List<Person> sams = people.all().stream().filter(p -> !p.id().equals(pat.id())).toList();
        assertEquals(1, sams.size(), "one new person");
        Person sam = sams.get(0);
        assertEquals(Optional.of(sam.id()), people.findLink(TENANT, email).map(IdentifierLink::personId));
        assertEquals(Optional.of(sam.id()), people.findLink(TENANT, sha1).map(IdentifierLink::personId));
        assertEquals(Map.of(RISK_ID, 4, DEALS_CLOSE, 5), activeEvidence(sam));
    }

    // -- voiding ---------------------------------------------------------------------------------

    @Test
    void aStatementVoidedBeforeItWasMappedRecordsNoEvidence() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ));
        store(voiding(2, 1));

        assertEquals(2, service.mapAll(TENANT, List.of(id(1), id(2))));

        assertEquals(Map.of(id(1), new MappingResult.Voided(), id(2), new MappingResult.VoidedTarget(0)),
                writer.recorded());
        assertEquals(List.of(), ledger.all());
        assertEquals(List.of(), statements.queued(TENANT));
    }

    @Test
    void aVoidingStatementRetractsTheEvidenceOfTheStatementItVoids() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ), statement(2, PAT, Verbs.PASSED, EXAM));
        service.mapAll(TENANT, List.of(id(1), id(2)));
        assertEquals(Map.of(RISK_ID, 4, DEALS_CLOSE, 5, RISK, 4, DEALS, 5, UW, 5),
                HeldLevel.numbers(levels, TENANT, pat.id()));
        levelsChanged.drain();

        store(voiding(3, 2));
        service.mapAll(TENANT, List.of(id(3)));

        assertEquals(new MappingResult.VoidedTarget(2), writer.recorded().get(id(3)));
        List<Evidence> voided = ledger.bySource(TENANT, SourceKind.XAPI, id(2));
        assertEquals(2, voided.size());
        voided.forEach(e -> assertEquals(Optional.of("voided by statement " + id(3)), e.retractionReason()));
        assertEquals(Map.of(RISK_ID, 3), activeEvidence(pat));
        assertEquals(Map.of(RISK_ID, 3, RISK, 3, UW, 3), HeldLevel.numbers(levels, TENANT, pat.id()));
        assertEquals(1, levelsChanged.fired().size(), "one derivation for the pieces retracted");
    }

    /** A second voiding of the same statement retracts nothing more, and says so. */
    @Test
    void aSecondVoidingRetractsNothingAgain() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ));
        service.mapAll(TENANT, List.of(id(1)));
        store(voiding(2, 1));
        service.mapAll(TENANT, List.of(id(2)));
        levelsChanged.drain();

        store(voiding(3, 1));
        service.mapAll(TENANT, List.of(id(3)));

        assertEquals(new MappingResult.VoidedTarget(0), writer.recorded().get(id(3)));
        assertEquals("0 evidence retracted", writer.recorded().get(id(3)).detail());
        assertEquals(List.of(), levelsChanged.fired());
    }

    // -- the queue -------------------------------------------------------------------------------

    @Test
    void onlyStatementsClaimedAreMappedAndThoseLeaveTheQueue() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ), statement(2, PAT, Verbs.LAUNCHED, QUIZ),
                statement(3, PAT, Verbs.PASSED, EXAM));
        statements.lockElsewhere(TENANT, id(3));

        int mapped = service.mapAll(TENANT, List.of(id(1), id(2), id(3), id(99)));

        assertEquals(2, mapped);
        assertEquals(List.of(id(1), id(2)), List.copyOf(writer.recorded().keySet()));
        assertEquals(List.of(id(3)), statements.queued(TENANT));
        assertEquals(XapiStatement.QUEUED, statements.find(TENANT, id(3)).orElseThrow().mappingStatus());
        assertEquals(Map.of(RISK_ID, 3), activeEvidence(pat));
    }

    @Test
    void nothingClaimedIsNothingMapped() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ));
        service.mapAll(TENANT, List.of(id(1)));
        levelsChanged.drain();

        assertEquals(0, service.mapAll(TENANT, List.of(id(1), id(2))));

        assertEquals(List.of(id(1)), List.copyOf(writer.recorded().keySet()));
        assertEquals(List.of(), levelsChanged.fired());
    }

    @Test
    void aBatchOfOneSourceRecordsItsEvidenceTogetherInOneDerivation() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ), statement(2, PAT, Verbs.FAILED, PRICING + "round-2"),
                statement(3, LENA, Verbs.PASSED, EXAM), statement(4, PAT, Verbs.LAUNCHED, EXAM));

        assertEquals(4, service.mapAll(TENANT, List.of(id(1), id(2), id(3), id(4))));

        List<LevelsChanged> fired = levelsChanged.fired();
        assertEquals(1, fired.size());
        assertEquals(2, fired.get(0).changes().size(), "Pat and Lena");
        assertEquals(Map.of(RISK_ID, 3, RISK_PRICE, 3, RISK, 3, UW, 3), HeldLevel.numbers(levels, TENANT, pat.id()));
    }

    @Test
    void aStatementMappedAgainRecordsNoSecondPieceOfEvidence() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ));
        service.mapAll(TENANT, List.of(id(1)));
        Evidence first = ledger.all().get(0);

        assertEquals(1, intake.requeue(TENANT, STORED, STORED.plusSeconds(1), Set.of("evidence")));
        service.mapAll(TENANT, List.of(id(1)));

        assertEquals(evidence("UW.RISK.ID Identify risks at 3 (passed)"), writer.recorded().get(id(1)));
        assertEquals(List.of(first), ledger.all());
        assertTrue(statements.queued(TENANT).isEmpty());
    }

    /**
     * Mapped again after its alignment was raised, a statement keeps the evidence it recorded (a source
     * and competency are recorded once) and reports that level, saying what it would record now.
     */
    @Test
    void aStatementMappedAgainAfterItsAlignmentWasRaisedReportsTheLevelItRecorded() {
        store(statement(1, PAT, Verbs.PASSED, QUIZ));
        service.mapAll(TENANT, List.of(id(1)));
        alignments.list(TENANT, new CompetencyId(RISK_ID), ContentType.XAPI_ACTIVITY, QUIZ).get(0)
                .retag(new CompetencyId(RISK_ID), new ContentRef(ContentType.XAPI_ACTIVITY, QUIZ), 5, Instant.now());

        intake.requeue(TENANT, STORED, STORED.plusSeconds(1), Set.of("evidence"));
        service.mapAll(TENANT, List.of(id(1)));

        assertEquals(evidence("UW.RISK.ID Identify risks at 3 (recorded before; passed at 5 now)"),
                writer.recorded().get(id(1)));
        assertEquals(Map.of(RISK_ID, 3), activeEvidence(pat));
        assertEquals(3, HeldLevel.numbers(levels, TENANT, pat.id()).get(RISK_ID));
    }
}
