package io.proficio.application.lti.ags;

import io.proficio.domain.outbox.EventType;
import io.proficio.infrastructure.lti.ags.Score;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * How an event shows in an LMS gradebook (LTI AGS 2.0): each certification and each plan item has
 * its own line item, made by the tool in the course and found again by its {@code resourceId}.
 *
 * <ul>
 *   <li>A certification scores 1 of 1 while held (awarded, renewed, expiring) and 0 once expired or
 *       revoked; either way the activity is Completed and the grade FullyGraded, final as it stands.</li>
 *   <li>A plan item scores its progress out of 100: Initialized at 0, InProgress and Pending (not
 *       final) while under way or overdue, Completed and FullyGraded once met.</li>
 * </ul>
 * The score's timestamp is the event's time, so a platform that keeps only the newest score per user
 * keeps the right one whatever order retries arrive in. Other events have no place in a gradebook.
 */
public final class GradebookScores {

    public static final String CERTIFICATION_TAG = "proficio-certification";
    public static final String PLAN_ITEM_TAG = "proficio-plan-item";

    private GradebookScores() {
    }

    /** The line item an event scores on, and the score for one user. */
    public record Entry(String resourceId, String label, double scoreMaximum, String tag, double scoreGiven,
                        Score.ActivityProgress activity, Score.GradingProgress grading, String comment, Instant timestamp) {
        public Score score(String userId) {
            return new Score(userId, scoreGiven, scoreMaximum, activity, grading, timestamp, Optional.ofNullable(comment));
        }
    }

    public static Optional<Entry> of(String type, JsonObject data, Instant time) {
        Optional<EventType> known = EventType.parse(type);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return switch (known.get()) {
            case CERTIFICATION_AWARDED, CERTIFICATION_RENEWED, CERTIFICATION_EXPIRING, CERTIFICATION_EXPIRED,
                    CERTIFICATION_REVOKED -> Optional.of(certification(known.get(), data, time));
            case PLAN_ITEM_PROGRESS, PLAN_ITEM_MET, PLAN_ITEM_OVERDUE -> Optional.of(planItem(known.get(), data, time));
            default -> Optional.empty();
        };
    }

    private static Entry certification(EventType type, JsonObject data, Instant time) {
        JsonObject certification = data.getJsonObject("certification");
        boolean held = type != EventType.CERTIFICATION_EXPIRED && type != EventType.CERTIFICATION_REVOKED;
        String comment = switch (type) {
            case CERTIFICATION_EXPIRED -> "Expired";
            case CERTIFICATION_REVOKED -> "Revoked: " + data.getString("reason", "");
            default -> "Certified" + (data.containsKey("expiresAt") ? " until " + data.getString("expiresAt") : "");
        };
        return new Entry("proficio:certification:" + certification.getString("id"),
                "Certification: " + certification.getString("name"), 1, CERTIFICATION_TAG, held ? 1 : 0,
                Score.ActivityProgress.COMPLETED, Score.GradingProgress.FULLY_GRADED, comment, time);
    }

    private static Entry planItem(EventType type, JsonObject data, Instant time) {
        double progress = Math.round(data.getJsonNumber("progress").doubleValue() * 1000) / 10.0;
        boolean met = type == EventType.PLAN_ITEM_MET;
        Score.ActivityProgress activity = met ? Score.ActivityProgress.COMPLETED
                : progress == 0 ? Score.ActivityProgress.INITIALIZED : Score.ActivityProgress.IN_PROGRESS;
        String comment = met ? "Met" : type == EventType.PLAN_ITEM_OVERDUE ? "Overdue: due " + data.getString("dueDate")
                : "Due " + data.getString("dueDate");
        return new Entry("proficio:plan-item:" + data.getString("externalId"), "Plan item " + data.getString("externalId"),
                100, PLAN_ITEM_TAG, met ? 100 : progress, activity,
                met ? Score.GradingProgress.FULLY_GRADED : Score.GradingProgress.PENDING, comment, time);
    }
}
