package io.proficio.application.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.infrastructure.lti.ags.Score;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradebookScoresTest {

    private static final Instant TIME = Instant.parse("2026-05-01T12:00:00Z");
    private static final JsonObject CERTIFICATION = Json.createObjectBuilder()
            .add("certification", Json.createObjectBuilder().add("id", "c-1").add("name", "Claims"))
            .add("expiresAt", "2027-05-01T12:00:00Z").add("reason", "evidence retracted").build();

    private static JsonObject plan(double progress) {
        return Json.createObjectBuilder().add("externalId", "PI-1").add("progress", progress)
                .add("dueDate", "2026-09-30").build();
    }

    @Test
    void aHeldCertificationIsAFinalFullScore() {
        GradebookScores.Entry entry = GradebookScores.of("certification.awarded", CERTIFICATION, TIME).orElseThrow();

        Score score = entry.score("u-1");
        assertEquals("proficio:certification:c-1", entry.resourceId());
        assertEquals("Certification: Claims", entry.label());
        assertEquals(1.0, score.scoreGiven());
        assertEquals(1.0, score.scoreMaximum());
        assertEquals(Score.ActivityProgress.COMPLETED, score.activityProgress());
        assertEquals(Score.GradingProgress.FULLY_GRADED, score.gradingProgress());
        assertEquals(TIME, score.timestamp());
    }

    @Test
    void anExpiredOrRevokedCertificationScoresZeroAndSaysWhy() {
        Score revoked = GradebookScores.of("certification.revoked", CERTIFICATION, TIME).orElseThrow().score("u-1");

        assertEquals(0.0, revoked.scoreGiven());
        assertEquals(Optional.of("Revoked: evidence retracted"), revoked.comment());
        assertEquals(0.0, GradebookScores.of("certification.expired", CERTIFICATION, TIME).orElseThrow().score("u").scoreGiven());
    }

    @Test
    void planProgressIsPendingOutOfAHundredUntilMet() {
        Score started = GradebookScores.of("plan_item.progress", plan(0.0), TIME).orElseThrow().score("u");
        Score halfway = GradebookScores.of("plan_item.progress", plan(0.4567), TIME).orElseThrow().score("u");
        Score met = GradebookScores.of("plan_item.met", plan(1.0), TIME).orElseThrow().score("u");

        assertEquals(Score.ActivityProgress.INITIALIZED, started.activityProgress());
        assertEquals(45.7, halfway.scoreGiven());
        assertEquals(Score.ActivityProgress.IN_PROGRESS, halfway.activityProgress());
        assertEquals(Score.GradingProgress.PENDING, halfway.gradingProgress());
        assertEquals(100.0, met.scoreGiven());
        assertEquals(Score.ActivityProgress.COMPLETED, met.activityProgress());
        assertEquals(Score.GradingProgress.FULLY_GRADED, met.gradingProgress());
    }

    @Test
    void proficiencyEventsHaveNoPlaceInAGradebook() {
        assertTrue(GradebookScores.of("proficiency.achieved", Json.createObjectBuilder().build(), TIME).isEmpty());
    }
}
