package io.proficio.domain.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PullBackoffTest {

    @ParameterizedTest(name = "poll {0} s, failure {1}: {2} s")
    @CsvSource({
        "60, 1, 120",
        "60, 2, 240",
        "60, 5, 1920",
        "60, 6, 3600",
        "5, 1, 10",
        "5, 9, 2560",
        "5, 10, 3600",
        "86400, 1, 3600",
        "60, 1000, 3600",
        "86400, 2147483647, 3600"})
    void doublesTheWaitWithEachFailureUpToAnHour(int pollSeconds, int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), PullBackoff.delay(pollSeconds, failures, 0));
    }

    @ParameterizedTest(name = "poll {0} s, failure {1}")
    @CsvSource({"60, 1", "5, 3", "60, 40"})
    void jitterMovesTheWaitByAtMostAFifth(int pollSeconds, int failures) {
        Duration middle = PullBackoff.delay(pollSeconds, failures, 0);

        assertEquals(middle.multipliedBy(8).dividedBy(10), PullBackoff.delay(pollSeconds, failures, -1));
        assertEquals(middle.multipliedBy(12).dividedBy(10), PullBackoff.delay(pollSeconds, failures, 1));
        assertEquals(PullBackoff.delay(pollSeconds, failures, 1), PullBackoff.delay(pollSeconds, failures, 7.5));
        assertEquals(PullBackoff.delay(pollSeconds, failures, -1), PullBackoff.delay(pollSeconds, failures, -7.5));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.5, 0, 0.3, 1})
    void neverWaitsLessThanTheFirstFailureAsksNorMoreThan72Minutes(double jitter) {
        for (int failures = 1; failures < 64; failures++) {
            Duration wait = PullBackoff.delay(5, failures, jitter);
            assertTrue(wait.compareTo(Duration.ofSeconds(8)) >= 0, wait.toString());
            assertTrue(wait.compareTo(Duration.ofMinutes(72)) <= 0, wait.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "60, 0", "-5, 1"})
    void refusesWhatCannotBeAFailedPoll(int pollSeconds, int failures) {
        assertThrows(IllegalArgumentException.class, () -> PullBackoff.delay(pollSeconds, failures, 0));
    }
}
