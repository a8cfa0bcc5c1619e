package io.proficio.infrastructure.lti.ags;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.infrastructure.lti.Fields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A score the tool publishes for one user on one line item (Assignment and Grade Services 2.0 §3.4).
 * The platform applies scores by timestamp, so later ones must carry later timestamps.
 *
 * @param userId           the LTI user id; never null or blank
 * @param scoreGiven       the score, zero or more; null when there is no score yet (the member is then
 *                         left out of the JSON), which is different from a score of 0
 * @param scoreMaximum     the maximum the score is out of, positive; required when scoreGiven is given, else may be null
 * @param activityProgress how far the user is through the activity; never null
 * @param gradingProgress  how far grading is; never null
 * @param timestamp        when the score was set, sent with millisecond precision in UTC; never null
 * @param comment          a comment for the learner
 */
public record Score(String userId, Double scoreGiven, Double scoreMaximum, ActivityProgress activityProgress,
                    GradingProgress gradingProgress, Instant timestamp, Optional<String> comment) {

    /** The user's progress through the activity (AGS 2.0 §3.4 activityProgress). */
    public enum ActivityProgress {
        INITIALIZED("Initialized"),
        STARTED("Started"),
        IN_PROGRESS("InProgress"),
        SUBMITTED("Submitted"),
        COMPLETED("Completed");

        private final String value;

        ActivityProgress(String value) {
            this.value = value;
        }

        /** The value as the specification spells it. */
        public String value() {
            return value;
        }
    }

    /** The state of grading (AGS 2.0 §3.4 gradingProgress); only FullyGraded scores are final. */
    public enum GradingProgress {
        FULLY_GRADED("FullyGraded"),
        PENDING("Pending"),
        PENDING_MANUAL("PendingManual"),
        FAILED("Failed"),
        NOT_READY("NotReady");

        private final String value;

        GradingProgress(String value) {
            this.value = value;
        }

        /** The value as the specification spells it. */
        public String value() {
            return value;
        }
    }

    public Score {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("A score needs a userId.");
        }
        if (scoreGiven != null && (!(scoreGiven >= 0) || scoreGiven.isInfinite())) {
            throw new IllegalArgumentException("scoreGiven must be zero or more and finite: " + scoreGiven);
        }
        if (scoreGiven != null && scoreMaximum == null) {
            throw new IllegalArgumentException("scoreMaximum is required with scoreGiven.");
        }
        if (scoreMaximum != null && (!(scoreMaximum > 0) || scoreMaximum.isInfinite())) {
            throw new IllegalArgumentException("scoreMaximum must be positive and finite: " + scoreMaximum);
        }
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(comment, "comment");
    }

    /** A final score for a completed activity: Completed and FullyGraded. */
    public static Score fullyGraded(String userId, double scoreGiven, double scoreMaximum, Instant timestamp) {
        return new Score(userId, scoreGiven, scoreMaximum, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED,
                timestamp, Optional.empty());
    }

    public Score withComment(String comment) {
        return new Score(userId, scoreGiven, scoreMaximum, activityProgress, gradingProgress, timestamp,
                Optional.of(comment));
    }

    /** The {@code application/vnd.ims.lis.v1.score+json} body. */
    public JsonObject toJsonObject() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("userId", userId);
        if (scoreGiven != null) {
            json.add("scoreGiven", scoreGiven);
        }
        if (scoreMaximum != null) {
            json.add("scoreMaximum", scoreMaximum);
        }
        comment.ifPresent(text -> json.add("comment", text));
        return json.add("timestamp", Fields.timestamp(timestamp))
                .add("activityProgress", activityProgress.value())
                .add("gradingProgress", gradingProgress.value())
                .build();
    }
}
