package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformAnswerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"error":"invalid_client","error_description":"Unknown key"}                                      | Unknown key
            {"error":"invalid_scope"}                                                                         | invalid_scope
            {"errors":{"type":"unprocessable_entity","message":"User not found in course or is not a student"}} | User not found in course or is not a student
            {"errors":[{"message":"Line item not found"}]}                                                    | Line item not found
            <html><head><title>Error</title></head><body><p>Service unavailable</p></body></html>             | Error Service unavailable
            Forbidden                                                                                         | Forbidden
            """)
    void readsTheFirstLineOfWhatThePlatformSaid(String body, String line) {
        assertEquals(Optional.of(line), PlatformAnswer.firstLine(body));
    }

    @Test
    void takesTheFirstNonBlankLineOfText() {
        assertEquals(Optional.of("Incorrect score received"),
                PlatformAnswer.firstLine("\n\n  Incorrect score received \nStack trace: #0 scores.php(42)"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"[]", "{}", "  [ ]  ", "{\"errors\":{}}", "   \n  "})
    void saysNothingWhenTheAnswerSaysNothing(String body) {
        assertEquals(Optional.empty(), PlatformAnswer.firstLine(body));
    }

    @Test
    void shortensLongLines() {
        String line = PlatformAnswer.firstLine("x".repeat(1000)).orElseThrow();
        assertEquals(PlatformAnswer.MAX_LENGTH, line.length());
        assertTrue(line.endsWith("…"));
    }
}
