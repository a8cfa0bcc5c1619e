package io.proficio.testing.lms;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the platform takes a score for a user (AGS 2.0 §3.4 leaves it to the platform which users it
 * grades), and how it says no, per {@link PlatformQuirks.ScoreRefusal}. A user is gradable in a context when a
 * test set no roster for it (so tests that never set one keep working) or when the roster ({@link
 * TestPlatform#members}, NRPS members as JSON) lists the user with {@link LtiRoles#LEARNER} and without {@link
 * LtiRoles#INSTRUCTOR} (long or short names):
 * Moodle's {@code gradebookservices::is_user_gradable_in_course} (the gradebook roles, students by default) and
 * Canvas's {@code context.user_is_student?}. Stateless; thread-safe.
 */
final class ScorePolicy {

    private static final String CANVAS_NOT_A_STUDENT = "{\"errors\":{\"type\":\"unprocessable_entity\","
            + "\"message\":\"User not found in course or is not a student\"}}";

    private final PlatformQuirks.ScoreRefusal refusal;
    private final Function<String, Optional<List<Map<String, Object>>>> rosters;

    /** @param rosters the members a test set for a context id, as NRPS lists them; empty when it set none */
    ScorePolicy(PlatformQuirks.ScoreRefusal refusal, Function<String, Optional<List<Map<String, Object>>>> rosters) {
        this.refusal = refusal;
        this.rosters = rosters;
    }

    boolean accepts(String contextId, String userId) {
        return refusal == PlatformQuirks.ScoreRefusal.NONE || isGradable(contextId, userId);
    }

    private boolean isGradable(String contextId, String userId) {
        return rosters.apply(contextId).map(members -> members.stream().anyMatch(m -> userId.equals(m.get("user_id"))
                && has(m, LtiRoles.LEARNER) && !has(m, LtiRoles.INSTRUCTOR))).orElse(true);
    }

    /** Whether the member has the context role, in its long form or its short name (LTI Core §A.2.3). */
    private static boolean has(Map<String, Object> member, String role) {
        List<?> roles = member.get("roles") instanceof List<?> list ? list : List.of();
        return roles.contains(role) || roles.contains(role.substring(role.indexOf('#') + 1));
    }

    /** Answers a score {@link #accepts} refused the way the platform does; returns the status sent. */
    int refuse(HttpExchange exchange) throws IOException {
        return switch (refusal) {
            case MOODLE -> {
                // services.php made the answer's type the request's; the score is refused before scores.php sets one.
                HttpExchanges.send(exchange, 400, HttpExchanges.contentType(exchange) + "; charset=utf-8", "[]");
                yield 400;
            }
            case CANVAS -> {
                HttpExchanges.send(exchange, 422, "application/json", CANVAS_NOT_A_STUDENT);
                yield 422;
            }
            case NONE -> throw new IllegalStateException("a platform without score refusal refused a score");
        };
    }

    /** The JSON a refused score is recorded with: as sent, plus the line item and the status answered. */
    static Map<String, Object> refused(Map<String, Object> sent, String lineItemUrl, int status) {
        Map<String, Object> record = new java.util.LinkedHashMap<>(sent);
        record.put("scoreOf", lineItemUrl);
        record.put("status", status);
        return LineItems.copy(record);
    }
}
