package io.proficio.application.evidence;

import static io.proficio.application.fakes.Underwriting.DEALS;
import static io.proficio.application.fakes.Underwriting.DEALS_TERMS;
import static io.proficio.application.fakes.Underwriting.RISK;
import static io.proficio.application.fakes.Underwriting.RISK_ID;
import static io.proficio.application.fakes.Underwriting.RISK_PRICE;
import static io.proficio.application.fakes.Underwriting.UW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.application.fakes.HeldLevel;
import io.proficio.application.fakes.InMemoryEvidenceRepository;
import io.proficio.application.fakes.InMemoryFrameworkRepository;
import io.proficio.application.fakes.InMemoryPersonRepository;
import io.proficio.application.fakes.InMemoryProficiencyRepository;
import io.proficio.application.fakes.RecordingEvent;
import io.proficio.application.fakes.Underwriting;
import io.proficio.application.people.PeopleWiring;
import io.proficio.application.proficiency.ProficiencyWiring;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EvidenceService} over in-memory repositories, with the real {@link PersonDirectory} and a
 * real proficiency service that notes what it is asked to refresh.
 */
class EvidenceServiceTest {

    private static final TenantId TENANT = new TenantId("tenant-a");
    private static final TenantId OTHER_TENANT = new TenantId("tenant-b");
    private static final Instant DAY_1 = Instant.parse("2025-03-03T10:00:00Z");
    private static final Instant DAY_2 = DAY_1.plusSeconds(86_400);

    private final InMemoryEvidenceRepository ledger = new InMemoryEvidenceRepository();
    private final InMemoryFrameworkRepository frameworks = new InMemoryFrameworkRepository();
    private final InMemoryPersonRepository people = new InMemoryPersonRepository();
    private final InMemoryProficiencyRepository levels = new InMemoryProficiencyRepository();
    private final RecordingEvent<LevelsChanged> levelsChanged = new RecordingEvent<>();
    private final RecordingProficiencyService proficiency = ProficiencyWiring.wire(new RecordingProficiencyService(),
            ledger, levels, frameworks, levelsChanged);
    private final EvidenceService service = new EvidenceService();

    private final Person morgan = person(TENANT, "morgan", "Morgan Manager");
    private final Person pat = person(TENANT, "pat", "Pat Doe");
    private final Person lee = person(TENANT, "lee", "Lee Roe");
    private final Person bo = person(OTHER_TENANT, "bo", "Bo of another tenant");

    EvidenceServiceTest() {
        Underwriting.in(frameworks, TENANT);
        pat.place(pat.name(), morgan.id(), null, null, DAY_1);
        Person patAgain = person(TENANT, "pat-again", "Pat Doe");
        patAgain.mergeInto(pat.id(), DAY_1);
        service.ledger = ledger;
        service.frameworks = frameworks;
        service.people = PeopleWiring.directory(people);
        service.proficiency = proficiency;
    }

    private Person person(TenantId tenantId, String id, String name) {
        Person person = new Person(new PersonId(id), tenantId, name, PersonStatus.ACTIVE, DAY_1);
        people.add(person);
        return person;
    }

    /** Evidence as a caller writes it, valid until changed. */
    private record Draft(String personId, String competencyId, Integer level, Double scaledScore, String sourceKind,
                         String sourceRef, Instant observedAt, Double weight, String contentType, String contentRef) {

        static Draft of(String personId, String competencyId, int level) {
            return new Draft(personId, competencyId, level, null, "assessment", "exam-" + personId + "-" + competencyId,
                    DAY_1, null, null, null);
        }

        Draft person(String id) {
            return new Draft(id, competencyId, level, scaledScore, sourceKind, sourceRef, observedAt, weight,
                    contentType, contentRef);
        }

        Draft competency(String id) {
            return new Draft(personId, id, level, scaledScore, sourceKind, sourceRef, observedAt, weight,
                    contentType, contentRef);
        }

        Draft level(Integer newLevel) {
            return new Draft(personId, competencyId, newLevel, scaledScore, sourceKind, sourceRef, observedAt, weight,
                    contentType, contentRef);
        }

        Draft scaled(Double score) {
            return new Draft(personId, competencyId, level, score, sourceKind, sourceRef, observedAt, weight,
                    contentType, contentRef);
        }

        Draft source(String kind, String ref) {
            return new Draft(personId, competencyId, level, scaledScore, kind, ref, observedAt, weight,
                    contentType, contentRef);
        }

        Draft observed(Instant at) {
            return new Draft(personId, competencyId, level, scaledScore, sourceKind, sourceRef, at, weight,
                    contentType, contentRef);
        }

        Draft weight(Double newWeight) {
            return new Draft(personId, competencyId, level, scaledScore, sourceKind, sourceRef, observedAt, newWeight,
                    contentType, contentRef);
        }

        Draft content(String type, String ref) {
            return new Draft(personId, competencyId, level, scaledScore, sourceKind, sourceRef, observedAt, weight,
                    type, ref);
        }

        EvidenceSpec spec() {
            return new EvidenceSpec(personId, competencyId, level, scaledScore, sourceKind, sourceRef, observedAt, weight,
                    contentType, contentRef);
        }
    }

    private static List<String> pointers(ProficioException refused) {
        return refused.violations().stream().map(Violation::pointer).toList();
    }

    private void assertNothingRecordedOrDerived() {
        assertEquals(List.of(), ledger.all(), "ledger");
        assertEquals(List.of(), proficiency.drain(), "refreshes");
        assertEquals(List.of(), levelsChanged.fired(), "events");
    }

    // -- recording -------------------------------------------------------------------------------

    @Test
    void recordedEvidenceEntersTheLedgerAndDerivesTheLevel() {
        EvidenceService.Recorded recorded = service.record(TENANT, Draft.of("pat", RISK_ID, 3)
                .source("assessment", " exam-7 ").content("xapi-activity", "https://lms.example.com/exam/7").spec(),
                "token-1");

        assertTrue(recorded.created());
        Evidence evidence = recorded.evidence();
        assertEquals(List.of(evidence), ledger.all());
        assertEquals(pat.id(), evidence.personId());
        assertEquals(new CompetencyId(RISK_ID), evidence.competencyId());
        assertEquals(3, evidence.level());
        assertEquals(Optional.empty(), evidence.scaledScore());
        assertEquals(SourceKind.ASSESSMENT, evidence.source());
        assertEquals("exam-7", evidence.sourceRef());
        assertEquals(1.0, evidence.weight());
        assertEquals(DAY_1, evidence.observedAt());
        assertEquals(Optional.of(new ContentRef(ContentType.XAPI_ACTIVITY, "https://lms.example.com/exam/7")),
                evidence.content());
        assertFalse(evidence.isRetracted());
        assertEquals(Map.of(RISK_ID, 3, RISK, 3, UW, 3), HeldLevel.numbers(levels, TENANT, pat.id()));
        assertEquals(1, levelsChanged.fired().size());
    }

    @Test
    void evidenceWithoutATimeWasObservedWhenRecorded() {
        Instant before = Instant.now();

        Evidence evidence = service.record(TENANT, Draft.of("pat", RISK_ID, 3).observed(null).weight(2.5).spec(), null)
                .evidence();

        assertFalse(evidence.observedAt().isBefore(before));
        assertEquals(evidence.recordedAt(), evidence.observedAt());
        assertEquals(2.5, evidence.weight());
    }

    @ParameterizedTest(name = "scaled score {0} is level {1} of five")
    @CsvSource({"-1.0, 1", "-0.5, 1", "0.0, 1", "0.1, 1", "0.125, 2", "0.5, 3", "0.74, 4", "1.0, 5"})
    void aScaledScoreIsMappedToALevelOfTheCompetencysScale(double scaled, int level) {
        Evidence evidence = service.record(TENANT, Draft.of("pat", RISK_ID, 1).level(null).scaled(scaled).spec(), null)
                .evidence();

        assertEquals(level, evidence.level());
        assertEquals(Optional.of(scaled), evidence.scaledScore());
        assertEquals(level, HeldLevel.numbers(levels, TENANT, pat.id()).get(RISK_ID));
    }

    @Test
    void theSameSourceRecordedAgainIsTheEvidenceAlreadyRecordedAndDerivesNothing() {
        Evidence first = service.record(TENANT, Draft.of("pat", RISK_ID, 3).source("lms-score", "score-9").spec(), null)
                .evidence();
        proficiency.drain();
        levelsChanged.drain();

        EvidenceService.Recorded again = service.record(TENANT, Draft.of("pat", RISK_ID, 5)
                .source("lms-score", "  score-9").spec(), null);

        assertFalse(again.created());
        assertSame(first, again.evidence());
        assertEquals(List.of(first), ledger.all());
        assertEquals(List.of(Map.of()), proficiency.drain());
        assertEquals(List.of(), levelsChanged.fired());
        assertEquals(3, HeldLevel.numbers(levels, TENANT, pat.id()).get(RISK_ID));
    }

    @Test
    void theSameSourceInAnotherCompetencyIsNewEvidence() {
        service.record(TENANT, Draft.of("pat", RISK_ID, 3).source("xapi", "statement-1").spec(), null);

        EvidenceService.Recorded other = service.record(TENANT, Draft.of("pat", RISK_PRICE, 2)
                .source("xapi", "statement-1").spec(), null);

        assertTrue(other.created());
        assertEquals(2, ledger.all().size());
    }

    @Test
    void aBatchRefreshesEachPersonAndCompetencyItTouchedOnceAndFiresOnce() {
        service.record(TENANT, Draft.of("lee", DEALS_TERMS, 2).source("import", "row-0").spec(), null);
        proficiency.drain();
        levelsChanged.drain();

        List<EvidenceService.Recorded> recorded = service.recordAll(TENANT, List.of(
                Draft.of("pat", RISK_ID, 2).source("import", "row-1").spec(),
                Draft.of("pat", RISK_ID, 4).source("import", "row-2").observed(DAY_2).spec(),
                Draft.of("pat", DEALS_TERMS, 3).source("import", "row-3").spec(),
                Draft.of("lee", RISK_PRICE, 5).source("import", "row-4").spec(),
                Draft.of("lee", DEALS_TERMS, 4).source("import", "row-0").spec(),
                Draft.of("pat", RISK_ID, 1).source("import", "row-1").spec()), "import-job");

        assertEquals(List.of(true, true, true, true, false, false),
                recorded.stream().map(EvidenceService.Recorded::created).toList());
        assertSame(recorded.get(0).evidence(), recorded.get(5).evidence());
        assertEquals(List.of(Map.of("pat", Set.of(RISK_ID, DEALS_TERMS), "lee", Set.of(RISK_PRICE))),
                proficiency.drain());
        assertEquals(1, levelsChanged.fired().size());
        assertEquals(2, levelsChanged.fired().get(0).changes().size());
        assertEquals(Map.of(RISK_ID, 4, DEALS_TERMS, 3, RISK, 4, DEALS, 3, UW, 4),
                HeldLevel.numbers(levels, TENANT, pat.id()));
        assertEquals(Map.of(RISK_PRICE, 5, DEALS_TERMS, 2, RISK, 5, DEALS, 2, UW, 4),
                HeldLevel.numbers(levels, TENANT, lee.id()));
    }

    @Test
    void evidenceOfAMergedPersonIsRecordedForTheSurvivor() {
        Evidence evidence = service.record(TENANT, Draft.of("pat-again", RISK_ID, 2).spec(), null).evidence();

        assertEquals(pat.id(), evidence.personId());
        assertEquals(List.of(Map.of("pat", Set.of(RISK_ID))), proficiency.drain());
    }

    @Test
    void theLargestBatchIsAThousandPieces() {
        List<EvidenceSpec> thousand = IntStream.range(0, EvidenceService.MAX_BATCH)
                .mapToObj(i -> Draft.of("pat", RISK_ID, 1 + i % 5).source("import", "row-" + i).spec()).toList();

        assertEquals(1000, service.recordAll(TENANT, thousand, null).size());
        assertEquals(List.of(Map.of("pat", Set.of(RISK_ID))), proficiency.drain());
    }

    // -- refusals --------------------------------------------------------------------------------

    static Stream<Arguments> invalidEvidenceIsRefusedWithAPointerToWhatIsWrong() {
        Draft valid = Draft.of("pat", RISK_ID, 3);
        return Stream.of(
                arguments("no person", valid.person(null), ErrorCode.INVALID_REQUEST, "/personId"),
                arguments("a blank person", valid.person("  "), ErrorCode.INVALID_REQUEST, "/personId"),
                arguments("an unknown person", valid.person("nobody"), ErrorCode.UNKNOWN_REFERENCE, "/personId"),
                arguments("a person of another tenant", valid.person("bo"), ErrorCode.UNKNOWN_REFERENCE, "/personId"),
                arguments("no competency", valid.competency(null), ErrorCode.INVALID_REQUEST, "/competencyId"),
                arguments("an unknown competency", valid.competency("UW.NOPE"), ErrorCode.UNKNOWN_REFERENCE,
                        "/competencyId"),
                arguments("both level and scaled score", valid.scaled(0.5), ErrorCode.INVALID_REQUEST, "/level"),
                arguments("neither level nor scaled score", valid.level(null), ErrorCode.INVALID_REQUEST, "/level"),
                arguments("level 0", valid.level(0), ErrorCode.LEVEL_OUTSIDE_SCALE, "/level"),
                arguments("a level above the scale", valid.level(6), ErrorCode.LEVEL_OUTSIDE_SCALE, "/level"),
                arguments("a scaled score above 1", valid.level(null).scaled(1.01), ErrorCode.INVALID_REQUEST,
                        "/scaledScore"),
                arguments("a scaled score below -1", valid.level(null).scaled(-1.5), ErrorCode.INVALID_REQUEST,
                        "/scaledScore"),
                arguments("no source kind", valid.source(null, "exam-1"), ErrorCode.INVALID_REQUEST, "/source/kind"),
                arguments("an unknown source kind", valid.source("tweet", "exam-1"), ErrorCode.INVALID_REQUEST,
                        "/source/kind"),
                arguments("a source kind in capitals", valid.source("XAPI", "exam-1"), ErrorCode.INVALID_REQUEST,
                        "/source/kind"),
                arguments("no source reference", valid.source("assessment", null), ErrorCode.INVALID_REQUEST,
                        "/source/ref"),
                arguments("a blank source reference", valid.source("assessment", " "), ErrorCode.INVALID_REQUEST,
                        "/source/ref"),
                arguments("weight 0", valid.weight(0.0), ErrorCode.INVALID_REQUEST, "/weight"),
                arguments("a negative weight", valid.weight(-1.0), ErrorCode.INVALID_REQUEST, "/weight"),
                arguments("a weight above 100", valid.weight(100.5), ErrorCode.INVALID_REQUEST, "/weight"),
                arguments("a weight that is no number", valid.weight(Double.NaN), ErrorCode.INVALID_REQUEST, "/weight"),
                arguments("an unknown content type", valid.content("video", "https://cdn.example.com/v/1"),
                        ErrorCode.INVALID_REQUEST, "/content/type"),
                arguments("an activity that is no absolute IRI", valid.content("xapi-activity", "quiz/1"),
                        ErrorCode.INVALID_REQUEST, "/content/ref"),
                arguments("a content type without a reference", valid.content("course", null),
                        ErrorCode.INVALID_REQUEST, "/content/ref"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalidEvidenceIsRefusedWithAPointerToWhatIsWrong(String what, Draft draft, ErrorCode code, String pointer) {
        ProficioException refused = assertThrows(ProficioException.class,
                () -> service.record(TENANT, draft.spec(), null));

        assertEquals(code, refused.code());
        assertEquals(List.of(pointer), pointers(refused));
        assertEquals(refused.violations().get(0).detail(), refused.getMessage());
        assertNothingRecordedOrDerived();
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheFirstDecidesTheCode() {
        EvidenceSpec spec = Draft.of("nobody", RISK_ID, 9).source("assessment", "").weight(0.0).spec();

        ProficioException refused = assertThrows(ProficioException.class, () -> service.record(TENANT, spec, null));

        assertEquals(ErrorCode.UNKNOWN_REFERENCE, refused.code());
        assertEquals(List.of("/personId", "/source/ref", "/weight", "/level"), pointers(refused));
        assertEquals("The evidence is not valid (4 problems)", refused.getMessage());
    }

    @Test
    void aBatchWithOneBadEntryIsRefusedWholeWithPointersIntoIt() {
        List<EvidenceSpec> batch = Arrays.asList(
                Draft.of("pat", RISK_ID, 3).spec(),
                Draft.of("pat", RISK_PRICE, 7).spec(),
                null,
                Draft.of("lee", DEALS_TERMS, 2).source("import", null).spec());

        ProficioException refused = assertThrows(ProficioException.class,
                () -> service.recordAll(TENANT, batch, null));

        assertEquals(ErrorCode.LEVEL_OUTSIDE_SCALE, refused.code());
        assertEquals(List.of("/1/level", "/2", "/3/source/ref"), pointers(refused));
        assertNothingRecordedOrDerived();
    }

    @Test
    void aBatchHoldsOneToAThousandPieces() {
        List<EvidenceSpec> tooMany = new ArrayList<>();
        for (int i = 0; i <= EvidenceService.MAX_BATCH; i++) {
            tooMany.add(Draft.of("pat", RISK_ID, 1).source("import", "row-" + i).spec());
        }

        for (List<EvidenceSpec> batch : List.of(List.<EvidenceSpec>of(), tooMany)) {
            ProficioException refused = assertThrows(ProficioException.class,
                    () -> service.recordAll(TENANT, batch, null));
            assertEquals(ErrorCode.INVALID_REQUEST, refused.code());
            assertEquals(List.of(""), pointers(refused));
        }
        assertNothingRecordedOrDerived();
    }

    // -- ratings ---------------------------------------------------------------------------------

    @Test
    void aPersonsOwnRatingIsSelfRatingEvidence() {
        Evidence rating = service.rateSelf(TENANT, pat.id(), RISK_ID, 2, "pat").evidence();

        assertEquals(SourceKind.SELF_RATING, rating.source());
        assertTrue(rating.sourceRef().startsWith("self-rating:"), rating.sourceRef());
        assertEquals(2, HeldLevel.numbers(levels, TENANT, pat.id()).get(RISK_ID));
    }

    @Test
    void aManagerRatesTheirReportWithManagerRatingEvidence() {
        Evidence rating = service.rateAsManager(TENANT, morgan.id(), pat.id(), RISK_ID, 4, null).evidence();

        assertEquals(SourceKind.MANAGER_RATING, rating.source());
        assertEquals(pat.id(), rating.personId());
        assertTrue(rating.sourceRef().startsWith("manager-rating:"), rating.sourceRef());
        assertEquals(List.of(rating), ledger.list(TENANT, pat.id(), null, SourceKind.MANAGER_RATING, false));
        assertEquals(List.of(Map.of("pat", Set.of(RISK_ID))), proficiency.drain());
    }

    @Test
    void onlyTheirManagerMayRateAPerson() {
        ProficioException refused = assertThrows(ProficioException.class,
                () -> service.rateAsManager(TENANT, lee.id(), pat.id(), RISK_ID, 4, null));

        assertEquals(ErrorCode.NOT_THEIR_REPORT, refused.code());
        assertNothingRecordedOrDerived();
    }

    // -- retraction ------------------------------------------------------------------------------

    @Test
    void aRetractedPieceLowersTheLevelAgainRefreshingOnlyItsCompetency() {
        service.record(TENANT, Draft.of("pat", RISK_ID, 2).source("xapi", "s-1").spec(), null);
        Evidence mistaken = service.record(TENANT, Draft.of("pat", RISK_ID, 4).source("xapi", "s-2")
                .observed(DAY_2).spec(), null).evidence();
        service.record(TENANT, Draft.of("pat", DEALS_TERMS, 5).spec(), null);
        assertEquals(4, HeldLevel.numbers(levels, TENANT, pat.id()).get(RISK_ID));
        proficiency.drain();
        levelsChanged.drain();

        Evidence retracted = service.retract(TENANT, mistaken.id(), "  voided by statement s-3 ");

        assertSame(mistaken, retracted);
        assertTrue(retracted.isRetracted());
        assertEquals(Optional.of("voided by statement s-3"), retracted.retractionReason());
        assertEquals(List.of(Map.of("pat", Set.of(RISK_ID))), proficiency.drain());
        assertEquals(1, levelsChanged.fired().size());
        assertEquals(Map.of(RISK_ID, 2, RISK, 2, DEALS_TERMS, 5, DEALS, 5, UW, 4),
                HeldLevel.numbers(levels, TENANT, pat.id()));
    }

    @ParameterizedTest(name = "reason [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void evidenceRetractedWithoutAReasonIsSimplyRetracted(String reason) {
        Evidence evidence = service.record(TENANT, Draft.of("pat", RISK_ID, 2).spec(), null).evidence();

        assertEquals(Optional.of("retracted"), service.retract(TENANT, evidence.id(), reason).retractionReason());
    }

    @Test
    void retractingAgainChangesNothingAndRefreshesNothing() {
        Evidence evidence = service.record(TENANT, Draft.of("pat", RISK_ID, 2).spec(), null).evidence();
        service.retract(TENANT, evidence.id(), "first");
        Instant retractedAt = evidence.retractedAt().orElseThrow();
        proficiency.drain();
        levelsChanged.drain();

        service.retract(TENANT, evidence.id(), "second");

        assertEquals(Optional.of("first"), evidence.retractionReason());
        assertEquals(retractedAt, evidence.retractedAt().orElseThrow());
        assertEquals(List.of(), proficiency.drain());
        assertEquals(List.of(), levelsChanged.fired());
    }

    @Test
    void evidenceThatIsNotTheTenantsCannotBeRetracted() {
        Evidence evidence = service.record(TENANT, Draft.of("pat", RISK_ID, 2).spec(), null).evidence();

        for (EvidenceId id : List.of(new EvidenceId("no-such-evidence"), evidence.id())) {
            TenantId tenantId = id.equals(evidence.id()) ? OTHER_TENANT : TENANT;
            ProficioException refused = assertThrows(ProficioException.class,
                    () -> service.retract(tenantId, id, "voided"));
            assertEquals(ErrorCode.NOT_FOUND, refused.code());
        }
        assertFalse(evidence.isRetracted());
    }

    // -- listing ---------------------------------------------------------------------------------

    @Test
    void aPersonsEvidenceIsListedNewestFirstWithoutRetractedUnlessAsked() {
        Evidence older = service.record(TENANT, Draft.of("pat", RISK_ID, 2).source("xapi", "s-1").spec(), null)
                .evidence();
        Evidence newer = service.record(TENANT, Draft.of("pat", RISK_ID, 3).source("xapi", "s-2").observed(DAY_2)
                .spec(), null).evidence();
        Evidence elsewhere = service.record(TENANT, Draft.of("pat", DEALS_TERMS, 3).spec(), null).evidence();
        service.retract(TENANT, newer.id(), null);

        assertEquals(List.of(older), service.list(TENANT, pat.id(), RISK_ID, null, false));
        assertEquals(List.of(newer, older), service.list(TENANT, pat.id(), RISK_ID, "xapi", true));
        assertEquals(List.of(elsewhere), service.list(TENANT, pat.id(), null, "assessment", false));
        ProficioException refused = assertThrows(ProficioException.class,
                () -> service.list(TENANT, pat.id(), null, "tweet", false));
        assertEquals(List.of("/source"), pointers(refused));
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ProficioException.class,
                () -> service.list(TENANT, bo.id(), null, null, false)).code());
    }
}
