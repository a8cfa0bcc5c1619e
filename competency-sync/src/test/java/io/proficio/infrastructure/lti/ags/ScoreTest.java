package io.proficio.infrastructure.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proficio.infrastructure.lti.ags.Score.ActivityProgress;
import io.proficio.infrastructure.lti.ags.Score.GradingProgress;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123Z");

    private static Score score(Double given, Double maximum) {
        return new Score("user-1", given, maximum, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED, AT,
                Optional.empty());
    }

    @Test
    void writesEveryFieldUnderItsSpecName() {
        JsonObject json = Score.fullyGraded("user-1", 7.5, 10, AT).withComment("Well argued.").toJsonObject();

        assertEquals("user-1", json.getString("userId"));
        assertEquals(7.5, json.getJsonNumber("scoreGiven").doubleValue());
        assertEquals(10, json.getJsonNumber("scoreMaximum").doubleValue());
        assertEquals("Well argued.", json.getString("comment"));
        assertEquals("2024-05-01T10:15:30.123Z", json.getString("timestamp"));
        assertEquals("Completed", json.getString("activityProgress"));
        assertEquals("FullyGraded", json.getString("gradingProgress"));
        assertEquals(7, json.size());
    }

    @Test
    void keepsAScoreOfZero() {
        JsonObject json = score(0.0, 10.0).toJsonObject();

        assertEquals(0, json.getJsonNumber("scoreGiven").doubleValue());
    }

    @Test
    void leavesOutAbsentScoreAndComment() {
        JsonObject json = new Score("user-1", null, null, ActivityProgress.STARTED, GradingProgress.NOT_READY, AT,
                Optional.empty()).toJsonObject();

        assertFalse(json.containsKey("scoreGiven"));
        assertFalse(json.containsKey("scoreMaximum"));
        assertFalse(json.containsKey("comment"));
        assertEquals("Started", json.getString("activityProgress"));
        assertEquals("NotReady", json.getString("gradingProgress"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2024-05-01T10:15:30Z,           2024-05-01T10:15:30.000Z",
            "2024-05-01T10:15:30.5Z,         2024-05-01T10:15:30.500Z",
            "2024-05-01T10:15:30.123456789Z, 2024-05-01T10:15:30.123Z",
            "2024-05-01T12:15:30.042+02:00,  2024-05-01T10:15:30.042Z",
            "1999-12-31T23:59:59.999Z,       1999-12-31T23:59:59.999Z"})
    void writesTheTimestampInUtcWithMilliseconds(String instant, String written) {
        Instant at = OffsetDateTime.parse(instant).toInstant();
        Score score = new Score("u", 1.0, 1.0, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED, at, Optional.empty());

        assertEquals(written, score.toJsonObject().getString("timestamp"));
    }

    @ParameterizedTest
    @CsvSource({"INITIALIZED, Initialized", "STARTED, Started", "IN_PROGRESS, InProgress", "SUBMITTED, Submitted",
            "COMPLETED, Completed"})
    void writesActivityProgressAsTheSpecSpellsIt(ActivityProgress progress, String written) {
        Score score = new Score("u", null, null, progress, GradingProgress.PENDING, AT, Optional.empty());

        assertEquals(written, score.toJsonObject().getString("activityProgress"));
    }

    @ParameterizedTest
    @CsvSource({"FULLY_GRADED, FullyGraded", "PENDING, Pending", "PENDING_MANUAL, PendingManual", "FAILED, Failed",
            "NOT_READY, NotReady"})
    void writesGradingProgressAsTheSpecSpellsIt(GradingProgress progress, String written) {
        Score score = new Score("u", null, null, ActivityProgress.SUBMITTED, progress, AT, Optional.empty());

        assertEquals(written, score.toJsonObject().getString("gradingProgress"));
    }

    static Stream<Arguments> invalidScores() {
        return Stream.of(
                Arguments.of("scoreGiven without scoreMaximum", IllegalArgumentException.class, (Runnable) () -> score(5.0, null)),
                Arguments.of("negative scoreGiven", IllegalArgumentException.class, (Runnable) () -> score(-1.0, 10.0)),
                Arguments.of("NaN scoreGiven", IllegalArgumentException.class, (Runnable) () -> score(Double.NaN, 10.0)),
                Arguments.of("infinite scoreGiven", IllegalArgumentException.class, (Runnable) () -> score(Double.POSITIVE_INFINITY, 10.0)),
                Arguments.of("zero scoreMaximum", IllegalArgumentException.class, (Runnable) () -> score(0.0, 0.0)),
                Arguments.of("negative scoreMaximum", IllegalArgumentException.class, (Runnable) () -> score(null, -5.0)),
                Arguments.of("blank userId", IllegalArgumentException.class, (Runnable) () -> new Score(" ", 1.0, 1.0, ActivityProgress.COMPLETED,
                        GradingProgress.FULLY_GRADED, AT, Optional.empty())),
                Arguments.of("no timestamp", NullPointerException.class, (Runnable) () -> new Score("u", 1.0, 1.0, ActivityProgress.COMPLETED,
                        GradingProgress.FULLY_GRADED, null, Optional.empty())),
                Arguments.of("no activityProgress", NullPointerException.class, (Runnable) () -> new Score("u", 1.0, 1.0, null,
                        GradingProgress.FULLY_GRADED, AT, Optional.empty())),
                Arguments.of("no gradingProgress", NullPointerException.class, (Runnable) () -> new Score("u", 1.0, 1.0, ActivityProgress.COMPLETED,
                        null, AT, Optional.empty())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidScores")
    void refusesInvalidScores(String situation, Class<? extends RuntimeException> refusal, Runnable construction) {
        assertThrows(refusal, construction::run);
    }

    @Test
    void allowsAScoreAboveTheMaximumForExtraCredit() {
        assertEquals(12.0, score(12.0, 10.0).scoreGiven());
    }
}
