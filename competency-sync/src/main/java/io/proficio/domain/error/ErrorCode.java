package io.proficio.domain.error;

/**
 * The catalogue of problems Proficio reports to callers. Each code is stable: it becomes the last
 * segment of the RFC 9457 {@code type} URI, so integrators can switch on it.
 */
public enum ErrorCode {
    MALFORMED_JSON(400, "Malformed JSON"),
    INVALID_REQUEST(422, "Invalid request"),
    INVALID_CASE_PACKAGE(422, "Invalid CASE package"),
    DANGLING_REFERENCE(422, "Dangling reference in CASE package"),
    HIERARCHY_CYCLE(422, "Cycle in competency hierarchy"),
    INVALID_SCALE(422, "Invalid proficiency scale"),
    LEVEL_OUTSIDE_SCALE(422, "Level outside the proficiency scale"),
    UNKNOWN_REFERENCE(422, "Unknown reference"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    NOT_PLACED(409, "Person not placed in a role"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Insufficient scope"),
    NOT_THEIR_REPORT(403, "Not the manager of this person");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code as it appears in Problem Details: lower case, words joined by hyphens. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
