package io.proficio.interfaces.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import io.proficio.domain.role.LevelRequirement;
import io.proficio.domain.role.StageSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageLinesTest {

    static final Map<String, String> CODES = Map.of("UW.RISK.1", "c-risk", "UW.PRICE.1", "c-price");

    @Test
    void readsOneStageALineLowestFirst() {
        List<StageSpec> stages = StageLines.parse("""
                Junior underwriter: UW.RISK.1=2, UW.PRICE.1=1

                Underwriter: UW.RISK.1=3,UW.PRICE.1 = 3,
                """, CODES);

        assertEquals(List.of("Junior underwriter", "Underwriter"), stages.stream().map(StageSpec::name).toList());
        assertEquals(List.of(new LevelRequirement("c-risk", 2), new LevelRequirement("c-price", 1)),
                stages.get(0).requirements());
        assertEquals(List.of(new LevelRequirement("c-risk", 3), new LevelRequirement("c-price", 3)),
                stages.get(1).requirements());
    }

    @Test
    void aStageMayAskNothingYet() {
        assertEquals(List.of(), StageLines.parse("Trainee:", CODES).get(0).requirements());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "no colon;                  Junior underwriter UW.RISK.1=2;     Write a stage as 'Name: CODE=level, CODE=level'.",
            "unknown code;              Junior: UW.NOPE=2;                  No competency has the code 'UW.NOPE'.",
            "no level;                  Junior: UW.RISK.1;                  'UW.RISK.1' needs a level, e.g. UW.RISK.1=3.",
            "level not a number;        Junior: UW.RISK.1=high;             'UW.RISK.1=high' needs a level, e.g. UW.RISK.1=3.",
            "empty;                     '';                                 A role profile needs at least one stage."})
    void refusesWhatItCannotRead(String name, String text, String detail) {
        ProficioException refused = assertThrows(ProficioException.class, () -> StageLines.parse(text, CODES));
        assertEquals(List.of(detail), refused.violations().stream().map(Violation::detail).toList());
    }

    @Test
    void reportsEveryBadLineByItsNumber() {
        ProficioException refused = assertThrows(ProficioException.class,
                () -> StageLines.parse("A: UW.RISK.1=2\nB UW.RISK.1=3\nC: X=1", CODES));

        assertEquals(List.of("/stages/line 2", "/stages/line 3"),
                refused.violations().stream().map(Violation::pointer).toList());
    }
}
