package io.proficio.domain.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of one course member in a {@link GradebookPublication}: their score published, refused
 * by the platform for this member alone (AGS 2.0 §3.4; Moodle answers 400 for a user who is not gradable
 * in the course, Canvas 422), or not sent (not a learner, or no user on the platform).
 */
@Entity
@Table(name = "gradebook_score_outcome")
public class ScoreOutcome {

    /** The kinds of outcome, each with the word the API and the log use. */
    public enum Kind {
        PUBLISHED, REFUSED, SKIPPED;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    private String id;
    @Column(name = "publication_id")
    private String publicationId;
    private int position;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "status_code")
    private Integer statusCode;
    private String detail;

    protected ScoreOutcome() {
    }

    private ScoreOutcome(String personId, String personName, String userId, Kind kind, Integer statusCode, String detail) {
        this.id = UUID.randomUUID().toString();
        this.personId = Objects.requireNonNull(personId, "personId");
        this.personName = Objects.requireNonNull(personName, "personName");
        this.userId = userId;
        this.kind = kind;
        this.statusCode = statusCode;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
    }

    /** The platform took the score of {@code userId}. */
    public static ScoreOutcome published(String personId, String personName, String userId) {
        return new ScoreOutcome(personId, personName, userId, Kind.PUBLISHED, null, null);
    }

    /** The platform refused this member's score with {@code status}; {@code answer} is what it said, if anything. */
    public static ScoreOutcome refused(String personId, String personName, String userId, int status,
                                       Optional<String> answer) {
        return new ScoreOutcome(personId, personName, userId, Kind.REFUSED, status, answer.orElse(null));
    }

    /** No score was sent, for {@code reason}. */
    public static ScoreOutcome skipped(String personId, String personName, String reason) {
        return new ScoreOutcome(personId, personName, null, Kind.SKIPPED, null, reason);
    }

    void placeIn(String publicationId, int position) {
        this.publicationId = publicationId;
        this.position = position;
    }

    public String personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Integer> statusCode() {
        return Optional.ofNullable(statusCode);
    }

    /** For a refusal, what the platform said; for a skip, why. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    int position() {
        return position;
    }

    /** "Ines Teacher (HTTP 400: Incorrect score received)" for a refusal; the name and reason otherwise. */
    String describe() {
        StringBuilder text = new StringBuilder(personName).append(" (");
        if (statusCode != null) {
            text.append("HTTP ").append(statusCode);
            if (detail != null) {
                text.append(": ").append(detail);
            }
        } else {
            text.append(detail == null ? kind.value() : detail);
        }
        return text.append(')').toString();
    }
}
