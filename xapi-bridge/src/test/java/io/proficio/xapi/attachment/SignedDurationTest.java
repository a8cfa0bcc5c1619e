package io.proficio.xapi.attachment;

import static io.proficio.domain.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** xAPI 1.0.3 Data §2.4.5: a signed statement's duration is compared to 0.01 s. */
class SignedDurationTest {

    @ParameterizedTest(name = "{0} compares as {1}")
    @CsvSource({"PT1.23456S, PT1.23S", "PT1.2S, PT1.2S", "PT1.20S, PT1.2S", "PT1.001S, PT1S", "P1DT2H3M4.5678S, P1DT2H3M4.56S",
            "PT4S, PT4S", "PT1H, PT1H", "'PT0,125S', PT0.12S"})
    void cutsTheSecondsToHundredths(String sent, String compared) {
        assertEquals(compared, SignedStatements.durationToHundredths(withDuration(sent))
                .getJsonObject("result").getString("duration"));
    }

    @Test
    void leavesAStatementWithoutDurationAlone() {
        JsonObject statement = JSON.createObjectBuilder().add("result", JSON.createObjectBuilder().add("success", true)).build();
        assertEquals(statement, SignedStatements.durationToHundredths(statement));
    }

    private static JsonObject withDuration(String duration) {
        return JSON.createObjectBuilder().add("id", "x").add("result", JSON.createObjectBuilder()
                .add("duration", duration).add("success", true)).build();
    }
}
