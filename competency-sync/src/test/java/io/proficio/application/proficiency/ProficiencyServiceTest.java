package io.proficio.application.proficiency;

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

import io.proficio.application.fakes.HeldLevel;
import io.proficio.application.fakes.InMemoryEvidenceRepository;
import io.proficio.application.fakes.InMemoryFrameworkRepository;
import io.proficio.application.fakes.InMemoryProficiencyRepository;
import io.proficio.application.fakes.RecordingEvent;
import io.proficio.application.fakes.Underwriting;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceId;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.LevelChange;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.proficiency.ProficiencyPolicy;
import io.proficio.domain.proficiency.RollUpRule;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ProficiencyService} over in-memory repositories: levels derived from the ledger by the
 * tenant's policy, roll-ups through the framework, and the {@link LevelsChanged} each derivation fires.
 */
class ProficiencyServiceTest {

    private static final TenantId TENANT = new TenantId("tenant-a");
    private static final PersonId PAT = new PersonId("pat");
    private static final PersonId LEE = new PersonId("lee");
    /** Day 0 of the evidence: every observation lies in the past. */
    private static final Instant DAY_0 = Instant.parse("2025-01-06T09:00:00Z");

    /** A second framework of the tenant: CL with the children CL.INTAKE and CL.SETTLE. */
    private static final String CL = "CL";
    private static final String CL_INTAKE = "CL.INTAKE";
    private static final String CL_SETTLE = "CL.SETTLE";

    private final InMemoryEvidenceRepository ledger = new InMemoryEvidenceRepository();
    private final InMemoryFrameworkRepository frameworks = new InMemoryFrameworkRepository();
    private final InMemoryProficiencyRepository levels = new InMemoryProficiencyRepository();
    private final RecordingEvent<LevelsChanged> levelsChanged = new RecordingEvent<>();
    private final ProficiencyService service = service(levels, levelsChanged);
    private int recorded;

    ProficiencyServiceTest() {
        Underwriting.in(frameworks, TENANT);
        FrameworkId claims = frameworks.framework(TENANT, "claims-case-document");
        Competency cl = frameworks.competency(TENANT, claims, CL, "Claims handling");
        frameworks.childOf(frameworks.competency(TENANT, claims, CL_INTAKE, "Take in claims"), cl);
        frameworks.childOf(frameworks.competency(TENANT, claims, CL_SETTLE, "Settle claims"), cl);
    }

    private ProficiencyService service(InMemoryProficiencyRepository store, RecordingEvent<LevelsChanged> events) {
        ProficiencyService proficiency = new ProficiencyService();
        proficiency.evidence = ledger;
        proficiency.proficiencies = store;
        proficiency.frameworks = frameworks;
        proficiency.levelsChanged = events;
        return proficiency;
    }

    /** Evidence put in the ledger (levels not refreshed yet), with the ids e1, e2, … in the order recorded. */
    private Evidence observed(TenantId tenantId, PersonId person, String competency, int level, SourceKind source,
                              int day) {
        String id = "e" + ++recorded;
        Evidence evidence = new Evidence(new EvidenceId(id), tenantId, person, new CompetencyId(competency), level, null,
                source, source.value() + ":" + id, 1.0, DAY_0.plus(Duration.ofDays(day)),
                DAY_0.plus(Duration.ofDays(1000)).plusSeconds(recorded), "test");
        ledger.add(evidence);
        return evidence;
    }

    private Evidence observed(String competency, int level, int day) {
        return observed(TENANT, PAT, competency, level, SourceKind.XAPI, day);
    }

    private void choose(String policy, RollUpRule rule) {
        service.choose(TENANT, ProficiencyPolicy.parse(policy), rule);
    }

    private void refresh(PersonId person, String... competencies) {
        service.refresh(TENANT, Map.of(person.value(), Set.of(competencies)));
    }

    private Map<String, HeldLevel> held(PersonId person) {
        return HeldLevel.of(levels, TENANT, person);
    }

    private static HeldLevel direct(int level, String... basis) {
        return new HeldLevel(level, false, false, List.of(basis));
    }

    private static HeldLevel provisional(int level, String... basis) {
        return new HeldLevel(level, true, false, List.of(basis));
    }

    private static HeldLevel rolledUp(int level, String... basis) {
        return new HeldLevel(level, false, true, List.of(basis));
    }

    /** The one event fired since the last call, checked to be the only one. */
    private LevelsChanged theOnlyEventFired() {
        List<LevelsChanged> fired = levelsChanged.drain();
        assertEquals(1, fired.size(), "events fired");
        return fired.get(0);
    }

    /** The change of the only person of an event. */
    private static LevelChange onlyChange(LevelsChanged event) {
        assertEquals(1, event.changes().size(), "people derived");
        return event.changes().get(0);
    }

    // -- levels from evidence --------------------------------------------------------------------

    @Test
    void byDefaultTheLatestEvidenceGivesTheLevelAndTheParentsAverageTheirChildren() {
        observed(RISK_ID, 2, 1);
        observed(RISK_ID, 4, 2);
        observed(RISK_PRICE, 1, 3);

        refresh(PAT, RISK_ID, RISK_PRICE);

        assertEquals(Map.of(RISK_ID, direct(4, "e2"), RISK_PRICE, direct(1, "e3"),
                RISK, rolledUp(3, "e2", "e3"), UW, rolledUp(3, "e2", "e3")), held(PAT));
    }

    /** One observation as a policy table gives it: level, source, day, and whether it was retracted since. */
    private record Shown(int level, SourceKind source, int day, boolean retracted) {
        static Shown at(int level, int day) {
            return new Shown(level, SourceKind.XAPI, day, false);
        }

        static Shown byManager(int level, int day) {
            return new Shown(level, SourceKind.MANAGER_RATING, day, false);
        }

        static Shown retracted(int level, int day) {
            return new Shown(level, SourceKind.XAPI, day, true);
        }
    }

    static Stream<Arguments> eachPolicyDerivesTheLevelFromTheActiveEvidence() {
        return Stream.of(
                arguments("latest: the most recent observation", "latest",
                        List.of(Shown.at(3, 1), Shown.at(2, 2)), direct(2, "e2")),
                arguments("latest: by when it was shown, not when it was recorded", "latest",
                        List.of(Shown.at(2, 5), Shown.at(4, 3)), direct(2, "e1")),
                arguments("latest: retracted evidence does not count", "latest",
                        List.of(Shown.at(3, 1), Shown.retracted(5, 2)), direct(3, "e1")),
                arguments("highest: a level once shown is kept", "highest",
                        List.of(Shown.at(4, 1), Shown.at(2, 2)), direct(4, "e1")),
                arguments("highest: the first observation to show it explains it", "highest",
                        List.of(Shown.at(3, 2), Shown.at(3, 1)), direct(3, "e2")),
                arguments("recency-weighted: evidence a half-life older counts half ((2/2 + 4) / 1.5 = 3.3)",
                        "recency-weighted:P30D", List.of(Shown.at(2, 0), Shown.at(4, 30)), direct(3, "e1", "e2")),
                arguments("recency-weighted: a mean of 2.5 rounds up", "recency-weighted:P30D",
                        List.of(Shown.at(2, 10), Shown.at(3, 10)), direct(3, "e1", "e2")),
                arguments("manager-confirms: other evidence only suggests a level", "manager-confirms",
                        List.of(Shown.at(3, 1)), provisional(3, "e1")),
                arguments("manager-confirms: the manager's rating settles it, even against newer evidence",
                        "manager-confirms", List.of(Shown.byManager(2, 1), Shown.at(4, 2)), direct(2, "e1")),
                arguments("manager-confirms: a retracted rating leaves a suggestion again", "manager-confirms",
                        List.of(Shown.at(4, 1), new Shown(2, SourceKind.MANAGER_RATING, 2, true)),
                        provisional(4, "e1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachPolicyDerivesTheLevelFromTheActiveEvidence(String what, String policy, List<Shown> shown,
                                                        HeldLevel expected) {
        choose(policy, RollUpRule.AVERAGE);
        for (Shown s : shown) {
            Evidence evidence = observed(TENANT, PAT, RISK_ID, s.level(), s.source(), s.day());
            if (s.retracted()) {
                evidence.retract("withdrawn", Instant.now());
            }
        }

        refresh(PAT, RISK_ID);

        assertEquals(expected, held(PAT).get(RISK_ID));
    }

    // -- roll-ups --------------------------------------------------------------------------------

    static Stream<Arguments> parentsRollUpFromTheirChildrenByTheTenantsRule() {
        return Stream.of(
                arguments(RollUpRule.AVERAGE, Map.of(RISK_ID, 4, RISK_PRICE, 3),
                        Map.of(RISK_ID, 4, RISK_PRICE, 3, RISK, 4, UW, 4)),
                arguments(RollUpRule.MINIMUM, Map.of(RISK_ID, 4, RISK_PRICE, 3),
                        Map.of(RISK_ID, 4, RISK_PRICE, 3, RISK, 3, UW, 3)),
                arguments(RollUpRule.AVERAGE, Map.of(RISK_ID, 5, RISK_PRICE, 4, DEALS_TERMS, 1, DEALS_CLOSE, 2),
                        Map.of(RISK_ID, 5, RISK_PRICE, 4, DEALS_TERMS, 1, DEALS_CLOSE, 2, RISK, 5, DEALS, 2, UW, 4)),
                arguments(RollUpRule.MINIMUM, Map.of(RISK_ID, 5, RISK_PRICE, 4, DEALS_TERMS, 1, DEALS_CLOSE, 2),
                        Map.of(RISK_ID, 5, RISK_PRICE, 4, DEALS_TERMS, 1, DEALS_CLOSE, 2, RISK, 4, DEALS, 1, UW, 1)),
                arguments(RollUpRule.MINIMUM, Map.of(RISK, 1, RISK_ID, 5),
                        Map.of(RISK, 1, RISK_ID, 5, UW, 1)),
                arguments(RollUpRule.AVERAGE, Map.of(DEALS_CLOSE, 3),
                        Map.of(DEALS_CLOSE, 3, DEALS, 3, UW, 3)));
    }

    @ParameterizedTest(name = "{0}: evidence {1} gives {2}")
    @MethodSource
    void parentsRollUpFromTheirChildrenByTheTenantsRule(RollUpRule rule, Map<String, Integer> evidence,
                                                        Map<String, Integer> expected) {
        choose("latest", rule);
        evidence.forEach((competency, level) -> observed(competency, level, 1));

        refresh(PAT, evidence.keySet().toArray(String[]::new));

        assertEquals(new TreeMap<>(expected), HeldLevel.numbers(levels, TENANT, PAT));
    }

    @Test
    void aRolledUpLevelIsExplainedByItsChildrensEvidenceInFrameworkOrder() {
        observed(RISK_PRICE, 3, 1);
        observed(RISK_ID, 5, 2);

        refresh(PAT, RISK_PRICE, RISK_ID);

        assertEquals(rolledUp(4, "e2", "e1"), held(PAT).get(RISK));
        assertEquals(rolledUp(4, "e2", "e1"), held(PAT).get(UW));
    }

    @Test
    void directEvidenceOnAParentReplacesItsRolledUpLevel() {
        observed(RISK_ID, 4, 1);
        refresh(PAT, RISK_ID);
        assertEquals(rolledUp(4, "e1"), held(PAT).get(RISK));

        observed(RISK, 2, 2);
        refresh(PAT, RISK);

        assertEquals(direct(2, "e2"), held(PAT).get(RISK));
        assertEquals(rolledUp(2, "e2"), held(PAT).get(UW));
    }

    @Test
    void aRetiredCompetencyKeepsItsOwnLevelButNoLongerFeedsItsParent() {
        observed(RISK_ID, 2, 1);
        observed(RISK_PRICE, 4, 2);
        refresh(PAT, RISK_ID, RISK_PRICE);
        assertEquals(3, held(PAT).get(RISK).level());

        frameworks.findCompetency(TENANT, new CompetencyId(RISK_PRICE)).orElseThrow().retire(Instant.now());
        service.recompute(TENANT, PAT);

        assertEquals(direct(4, "e2"), held(PAT).get(RISK_PRICE));
        assertEquals(rolledUp(2, "e1"), held(PAT).get(RISK));
    }

    // -- retraction ------------------------------------------------------------------------------

    @Test
    void aRetractedPieceLowersTheLevelAgain() {
        observed(RISK_ID, 3, 1);
        refresh(PAT, RISK_ID);
        Evidence mistaken = observed(RISK_ID, 5, 2);
        refresh(PAT, RISK_ID);
        assertEquals(direct(5, "e2"), held(PAT).get(RISK_ID));
        levelsChanged.drain();

        mistaken.retract("voided", Instant.now());
        refresh(PAT, RISK_ID);

        assertEquals(Map.of(RISK_ID, direct(3, "e1"), RISK, rolledUp(3, "e1"), UW, rolledUp(3, "e1")), held(PAT));
        LevelChange change = onlyChange(theOnlyEventFired());
        assertEquals(Map.of(RISK_ID, 5, RISK, 5, UW, 5), change.before());
        assertEquals(held(PAT), HeldLevel.of(change.after()));
    }

    @Test
    void retractingTheOnlyEvidenceRemovesTheLevelAndTheRollUpsItFed() {
        Evidence only = observed(RISK_ID, 3, 1);
        refresh(PAT, RISK_ID);
        levelsChanged.drain();

        only.retract("voided", Instant.now());
        refresh(PAT, RISK_ID);

        assertEquals(Map.of(), held(PAT));
        LevelChange change = onlyChange(theOnlyEventFired());
        assertEquals(Map.of(RISK_ID, 3, RISK, 3, UW, 3), change.before());
        assertTrue(change.after().isEmpty(), "no level after");
    }

    // -- provisional and confirmed ---------------------------------------------------------------

    @Test
    void aManagerRatingConfirmsAProvisionalLevel() {
        choose("manager-confirms", RollUpRule.AVERAGE);
        observed(RISK_ID, 3, 1);
        refresh(PAT, RISK_ID);
        assertEquals(provisional(3, "e1"), held(PAT).get(RISK_ID));
        assertEquals(Map.of(), onlyChange(theOnlyEventFired()).before());

        observed(TENANT, PAT, RISK_ID, 2, SourceKind.MANAGER_RATING, 2);
        refresh(PAT, RISK_ID);

        assertEquals(direct(2, "e2"), held(PAT).get(RISK_ID));
        LevelChange confirmed = onlyChange(theOnlyEventFired());
        assertTrue(!confirmed.before().containsKey(RISK_ID), "a provisional level is not a level before");
        assertEquals(direct(2, "e2"), HeldLevel.of(confirmed.after()).get(RISK_ID));

        observed(RISK_ID, 5, 3);
        refresh(PAT, RISK_ID);

        assertEquals(direct(2, "e2"), held(PAT).get(RISK_ID));
        assertEquals(2, onlyChange(theOnlyEventFired()).before().get(RISK_ID));
    }

    /**
     * A roll-up resting on a provisional level is provisional too: it does not count among the
     * confirmed levels (nor, so, in {@link LevelChange#before} or certification standings) until a
     * manager has confirmed every level it rests on.
     */
    @Test
    void aRollUpOfAProvisionalLevelIsProvisionalUntilThatLevelIsConfirmed() {
        choose("manager-confirms", RollUpRule.AVERAGE);
        observed(RISK_ID, 4, 1);
        observed(TENANT, PAT, DEALS_TERMS, 2, SourceKind.MANAGER_RATING, 1);

        refresh(PAT, RISK_ID, DEALS_TERMS);

        assertEquals(provisional(4, "e1"), held(PAT).get(RISK_ID));
        assertEquals(new HeldLevel(4, true, true, List.of("e1")), held(PAT).get(RISK));
        assertEquals(rolledUp(2, "e2"), held(PAT).get(DEALS));
        assertEquals(new HeldLevel(3, true, true, List.of("e1", "e2")), held(PAT).get(UW));
        assertEquals(Map.of(DEALS_TERMS, 2, DEALS, 2), LevelChange.confirmed(levels.of(TENANT, PAT)));
        levelsChanged.drain();

        observed(TENANT, PAT, RISK_ID, 4, SourceKind.MANAGER_RATING, 2);
        refresh(PAT, RISK_ID);

        assertEquals(rolledUp(4, "e3"), held(PAT).get(RISK));
        assertEquals(Map.of(RISK_ID, 4, RISK, 4, DEALS_TERMS, 2, DEALS, 2, UW, 3),
                LevelChange.confirmed(levels.of(TENANT, PAT)));
        assertEquals(Map.of(DEALS_TERMS, 2, DEALS, 2), onlyChange(theOnlyEventFired()).before());
    }

    // -- events ----------------------------------------------------------------------------------

    @Test
    void aRefreshOfSeveralPeopleFiresOneLevelsChangedWithEachPersonsLevelsBeforeAndAfter() {
        observed(RISK_ID, 2, 1);
        refresh(PAT, RISK_ID);
        levelsChanged.drain();
        observed(RISK_ID, 4, 2);
        observed(TENANT, LEE, DEALS_TERMS, 3, SourceKind.ASSESSMENT, 2);
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        touched.put(PAT.value(), Set.of(RISK_ID));
        touched.put(LEE.value(), Set.of(DEALS_TERMS));

        service.refresh(TENANT, touched);

        LevelsChanged event = theOnlyEventFired();
        assertEquals(TENANT, event.tenantId());
        Map<PersonId, LevelChange> byPerson = event.changes().stream()
                .collect(Collectors.toMap(LevelChange::person, change -> change));
        assertEquals(Set.of(PAT, LEE), byPerson.keySet());
        assertEquals(Map.of(RISK_ID, 2, RISK, 2, UW, 2), byPerson.get(PAT).before());
        assertEquals(held(PAT), HeldLevel.of(byPerson.get(PAT).after()));
        assertEquals(Map.of(RISK_ID, 4, RISK, 4, UW, 4), HeldLevel.numbers(levels, TENANT, PAT));
        assertEquals(Map.of(), byPerson.get(LEE).before());
        assertEquals(Map.of(DEALS_TERMS, direct(3, "e3"), DEALS, rolledUp(3, "e3"), UW, rolledUp(3, "e3")),
                HeldLevel.of(byPerson.get(LEE).after()));
        assertEquals(held(LEE), HeldLevel.of(event.levelsByPerson().get(LEE.value())));
    }

    @Test
    void aRefreshOfNoOneDerivesNothingAndFiresNothing() {
        observed(RISK_ID, 3, 1);

        service.refresh(TENANT, Map.of());

        assertEquals(List.of(), levelsChanged.fired());
        assertEquals(Map.of(), held(PAT));
    }

    @Test
    void aDerivationThatChangesNothingIsStillAnnounced() {
        observed(RISK_ID, 3, 1);
        refresh(PAT, RISK_ID);
        levelsChanged.drain();

        refresh(PAT, RISK_ID);
        LevelChange again = onlyChange(theOnlyEventFired());
        service.recompute(TENANT, LEE);
        LevelChange nobody = onlyChange(theOnlyEventFired());

        assertEquals(Map.of(RISK_ID, 3, RISK, 3, UW, 3), again.before());
        assertEquals(held(PAT), HeldLevel.of(again.after()));
        assertEquals(LEE, nobody.person());
        assertEquals(Map.of(), nobody.before());
        assertTrue(nobody.after().isEmpty(), "no levels");
    }

    // -- recompute -------------------------------------------------------------------------------

    @Test
    void aRecomputeDerivesEveryLevelFromTheLedgerAloneAndFiresOnce() {
        observed(RISK_ID, 4, 1);
        observed(DEALS_CLOSE, 2, 2);
        stale(RISK_ID, 1, false, "e-gone");
        stale(DEALS_TERMS, 5, false, "e-gone");
        stale(UW, 5, true, "e-gone");

        service.recompute(TENANT, PAT);

        assertEquals(Map.of(RISK_ID, direct(4, "e1"), RISK, rolledUp(4, "e1"), DEALS_CLOSE, direct(2, "e2"),
                DEALS, rolledUp(2, "e2"), UW, rolledUp(3, "e1", "e2")), held(PAT));
        LevelChange change = onlyChange(theOnlyEventFired());
        assertEquals(Map.of(RISK_ID, 1, DEALS_TERMS, 5, UW, 5), change.before());
        assertEquals(held(PAT), HeldLevel.of(change.after()));
    }

    /** A level stored without the ledger behind it (as if written by an older release). */
    private void stale(String competency, int level, boolean rolledUp, String basis) {
        Proficiency proficiency = new Proficiency(TENANT, PAT, new CompetencyId(competency));
        proficiency.hold(level, false, rolledUp, List.of(basis), DAY_0);
        levels.add(proficiency);
    }

    @Test
    void evidenceOfOtherPeopleAndOtherTenantsDoesNotCount() {
        observed(RISK_ID, 2, 1);
        observed(TENANT, LEE, RISK_ID, 5, SourceKind.XAPI, 2);
        observed(new TenantId("tenant-b"), PAT, RISK_ID, 5, SourceKind.XAPI, 3);

        service.recompute(TENANT, PAT);

        assertEquals(Map.of(RISK_ID, 2, RISK, 2, UW, 2), HeldLevel.numbers(levels, TENANT, PAT));
        assertEquals(Map.of(), held(LEE));
    }

    // -- incremental equals full -----------------------------------------------------------------

    /**
     * One step of a person's ledger: evidence arrives (shown, or rated by the manager), or an earlier
     * piece, by its index among the arrivals, is retracted.
     */
    private record Step(String competency, int level, SourceKind source, int day, int retracts) {
        static Step shows(String competency, int level, int day) {
            return new Step(competency, level, SourceKind.XAPI, day, -1);
        }

        static Step rates(String competency, int level, int day) {
            return new Step(competency, level, SourceKind.MANAGER_RATING, day, -1);
        }

        static Step retracts(int arrival) {
            return new Step(null, 0, null, 0, arrival);
        }

        @Override
        public String toString() {
            return retracts >= 0 ? "retracting arrival " + retracts
                    : source.value() + " " + competency + " at " + level + " on day " + day;
        }
    }

    static Stream<Arguments> incrementalRefreshAfterEachPieceOfEvidenceEqualsAFullRecompute() {
        Map<String, List<Step>> histories = new LinkedHashMap<>();
        histories.put("one competency climbing", List.of(
                Step.shows(RISK_ID, 1, 1), Step.shows(RISK_ID, 2, 2), Step.shows(RISK_ID, 4, 3)));
        histories.put("out of order, across both branches", List.of(
                Step.shows(RISK_PRICE, 4, 5), Step.shows(RISK_ID, 2, 3), Step.shows(RISK_PRICE, 1, 1),
                Step.shows(DEALS_TERMS, 3, 2), Step.shows(DEALS_CLOSE, 5, 4)));
        histories.put("retracted down to nothing", List.of(
                Step.shows(RISK_ID, 3, 1), Step.shows(RISK_ID, 5, 2), Step.retracts(1), Step.shows(DEALS_CLOSE, 2, 3),
                Step.retracts(0), Step.retracts(2)));
        histories.put("evidence on inner nodes and the root, manager ratings", List.of(
                Step.shows(RISK, 2, 1), Step.shows(RISK_ID, 5, 2), Step.rates(RISK_ID, 3, 3), Step.shows(UW, 1, 4),
                Step.rates(DEALS, 4, 5), Step.retracts(0), Step.retracts(3)));
        histories.put("two frameworks", List.of(
                Step.shows(CL_INTAKE, 3, 1), Step.shows(RISK_ID, 4, 2), Step.shows(CL_SETTLE, 1, 3),
                Step.rates(CL_INTAKE, 2, 4), Step.retracts(1), Step.shows(CL, 5, 5)));
        List<Arguments> cases = new ArrayList<>();
        histories.forEach((history, steps) -> {
            for (String policy : List.of("latest", "highest", "recency-weighted:P7D", "manager-confirms")) {
                for (RollUpRule rule : RollUpRule.values()) {
                    cases.add(arguments(history, policy, rule, steps));
                }
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}; {1}, {2}")
    @MethodSource
    void incrementalRefreshAfterEachPieceOfEvidenceEqualsAFullRecompute(String history, String policy,
                                                                        RollUpRule rule, List<Step> steps) {
        choose(policy, rule);
        List<Evidence> arrived = new ArrayList<>();
        for (Step step : steps) {
            Evidence touched;
            if (step.retracts() >= 0) {
                touched = arrived.get(step.retracts());
                touched.retract("withdrawn", Instant.now());
            } else {
                touched = observed(TENANT, PAT, step.competency(), step.level(), step.source(), step.day());
                arrived.add(touched);
            }

            service.refresh(TENANT, PAT, touched.competencyId());

            InMemoryProficiencyRepository fromScratch = new InMemoryProficiencyRepository();
            fromScratch.settingsForUpdate(TENANT).choose(ProficiencyPolicy.parse(policy), rule, Instant.now());
            service(fromScratch, new RecordingEvent<>()).recompute(TENANT, PAT);
            assertEquals(HeldLevel.of(fromScratch, TENANT, PAT), held(PAT), "after " + step);
        }
        assertEquals(steps.size(), levelsChanged.fired().size(), "one event a refresh");
    }
}
