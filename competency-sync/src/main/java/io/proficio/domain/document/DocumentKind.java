package io.proficio.domain.document;

/** The three document resources of xAPI 1.0.3 Communication §2.3, §2.6 and §2.7. */
public enum DocumentKind {
    /** {@code /activities/state}: by activity, agent, optional registration and {@code stateId}. */
    STATE("state"),
    /** {@code /activities/profile}: by activity and {@code profileId}. */
    ACTIVITY_PROFILE("activity-profile"),
    /** {@code /agents/profile}: by agent and {@code profileId}. */
    AGENT_PROFILE("agent-profile");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    /** The kind as stored. */
    public String code() {
        return code;
    }
}
