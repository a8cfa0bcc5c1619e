package io.proficio.domain.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementsTest {

    private static final Requirements.Stages NO_STAGES = (role, stage) -> null;
    private static final ContentRef COURSE = new ContentRef(ContentType.XAPI_ACTIVITY, "https://lms.example.com/course/7");

    private static Standing holding(Map<String, Integer> levels, Map<String, List<String>> content) {
        Map<String, Standing.Held> held = new java.util.HashMap<>();
        levels.forEach((competency, level) -> held.put(competency, new Standing.Held(level, List.of("ev-" + competency))));
        return new Standing(held, content);
    }

    @Test
    void isMetOnlyWhenEveryRequirementHoldsAndRecordsTheEvidenceBehindIt() {
        Requirements requirements = new Requirements(List.of(new Requirement.CompetencyLevel("risk", 3),
                new Requirement.CompetencyLevel("deals", 2), new Requirement.ContentDone(COURSE)));

        Evaluation met = requirements.evaluate(holding(Map.of("risk", 4, "deals", 2),
                Map.of(COURSE.ref(), List.of("ev-course"))), NO_STAGES);

        assertTrue(met.met());
        assertEquals(1.0, met.progress());
        assertEquals(List.of("ev-risk", "ev-deals", "ev-course"), met.basis());
    }

    @Test
    void progressIsTheMeanOfEachRequirementsFraction() {
        Requirements requirements = new Requirements(List.of(new Requirement.CompetencyLevel("risk", 4),
                new Requirement.CompetencyLevel("deals", 2), new Requirement.ContentDone(COURSE)));

        Evaluation partial = requirements.evaluate(holding(Map.of("risk", 2, "deals", 5), Map.of()), NO_STAGES);

        assertFalse(partial.met());
        // risk 2 of 4 = 0.5, deals capped at 1, content not done 0: (0.5 + 1 + 0) / 3
        assertEquals(0.5, partial.progress(), 1e-9);
        assertEquals(List.of(), partial.basis());
    }

    @Test
    void aPersonWithNothingIsAtZero() {
        Requirements requirements = new Requirements(List.of(new Requirement.CompetencyLevel("risk", 3)));

        assertEquals(0.0, requirements.evaluate(holding(Map.of(), Map.of()), NO_STAGES).progress());
    }

    @Test
    void aRoleStageCountsAsTheMeanOfItsOwnLevels() {
        Requirements requirements = new Requirements(List.of(new Requirement.RoleStage("underwriter", 2)));
        Requirements.Stages stages = (role, stage) -> role.equals("underwriter") && stage == 2
                ? List.of(new Requirement.CompetencyLevel("risk", 4), new Requirement.CompetencyLevel("deals", 4))
                : null;

        Evaluation half = requirements.evaluate(holding(Map.of("risk", 4, "deals", 0), Map.of()), stages);
        Evaluation met = requirements.evaluate(holding(Map.of("risk", 4, "deals", 5), Map.of()), stages);

        assertEquals(0.5, half.progress(), 1e-9);
        assertTrue(met.met());
        assertEquals(List.of("ev-risk", "ev-deals"), met.basis());
    }

    @Test
    void aStageThatNoLongerExistsCannotBeMet() {
        Requirements requirements = new Requirements(List.of(new Requirement.RoleStage("gone", 1)));

        assertFalse(requirements.evaluate(holding(Map.of("risk", 5), Map.of()), NO_STAGES).met());
    }

    @Test
    void readsBackWhatItStores() {
        Requirements requirements = new Requirements(List.of(new Requirement.CompetencyLevel("risk", 3),
                new Requirement.RoleStage("role-1", 2), new Requirement.ContentDone(COURSE)));

        assertEquals(requirements, Requirements.fromJson(requirements.toJson()));
    }

    @Test
    void refusesAnEmptySet() {
        assertThrows(IllegalArgumentException.class, () -> new Requirements(List.of()));
    }
}
