package io.proficio.testing.lms;

import static io.proficio.testing.lms.HttpExchanges.object;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The score publish service (AGS 2.0 §3.4: {@code POST …/scores}, strictly {@code
 * application/vnd.ims.lis.v1.score+json}) and the result service (§3.3: {@code GET …/results}, filter
 * user_id) of the platform's line items. Scores are checked per §3.4 and then by the {@link ScorePolicy};
 * accepted ones are recorded as received, and the result of a user is the latest by timestamp (§3.4.8: an
 * older score does not replace a newer one). Refused ones are recorded apart with the status answered. On
 * Moodle-shaped URLs both services want the line item's {@code type_id} back and answer 403 without it, as
 * Moodle's {@code scores.php} and {@code results.php} do. A test can also add results itself ({@link #add}); they
 * stand beside, and for their user replace, those the scores made. With strict media types the results service
 * wants exactly its Accept. Thread-safe: one lock, the work under it is small.
 */
final class AgsScores {

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";
    private static final Set<String> ACTIVITY_PROGRESS =
            Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    private static final Set<String> GRADING_PROGRESS =
            Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    /** How the results are paged. */
    @FunctionalInterface
    interface Pager {
        /** The page of {@code all} the request asks for; sets its Link headers. */
        List<Map<String, Object>> page(List<Map<String, Object>> all, String baseUrl);
    }

    private final TokenEndpoint tokens;
    private final ServiceGate gate;
    private final LineItems items;
    private final PlatformUrls urls;
    private final ScorePolicy policy;
    private final Object lock = new Object();
    /** Latest score by line item URL, then user id. */
    private final Map<String, Map<String, Map<String, Object>>> latest = new LinkedHashMap<>();
    private final List<Map<String, Object>> accepted = new ArrayList<>();
    private final List<Map<String, Object>> refused = new ArrayList<>();
    /** Results a test added, by line item URL, then user id. */
    private final Map<String, Map<String, Map<String, Object>>> added = new LinkedHashMap<>();

    AgsScores(TokenEndpoint tokens, ServiceGate gate, LineItems items, PlatformUrls urls, ScorePolicy policy) {
        this.tokens = tokens;
        this.gate = gate;
        this.items = items;
        this.urls = urls;
        this.policy = policy;
    }

    List<Map<String, Object>> accepted() {
        synchronized (lock) {
            return List.copyOf(accepted);
        }
    }

    List<Map<String, Object>> refused() {
        synchronized (lock) {
            return List.copyOf(refused);
        }
    }

    /** Drops the results of a deleted line item. */
    void forget(String lineItemUrl) {
        synchronized (lock) {
            latest.remove(lineItemUrl);
            added.remove(lineItemUrl);
        }
    }

    /**
     * A result of the line item as a platform would list it, without a score behind it (AGS 2.0 §3.3.4).
     *
     * @param score the resultScore; null leaves it out
     * @param maximum the resultMaximum; empty leaves it out
     */
    void add(String lineItemUrl, String userId, Double score, Optional<Double> maximum) {
        Map<String, Object> result = object("id", lineItemUrl + "/results/" + HttpExchanges.encode(userId),
                "scoreOf", lineItemUrl, "userId", userId, "resultScore", score,
                "resultMaximum", maximum.orElse(null));
        synchronized (lock) {
            added.computeIfAbsent(lineItemUrl, u -> new LinkedHashMap<>()).put(userId, result);
        }
    }

    /** {@code POST {lineItemUrl}/scores} of a line item of {@code contextId}. */
    void score(HttpExchange exchange, String contextId, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.SCORE).isEmpty()) {
            return;
        }
        Optional<Map<String, Object>> json = HttpExchanges.jsonObject(exchange);
        Map<String, Object> sent = json.orElse(Map.of());
        if (!hasTypeId(exchange)) {
            record(sent, url, moodleForbidden(exchange));
            return;
        }
        if (!HttpExchanges.contentType(exchange).equals(SCORE)) {
            HttpExchanges.sendError(exchange, 415, "unsupported_media_type", "scores are " + SCORE);
            record(sent, url, 415);
            return;
        }
        String problem = json.isEmpty() ? "the body is not a JSON object" : scoreProblem(sent);
        if (problem != null) {
            HttpExchanges.sendError(exchange, 400, "invalid_request", problem);
            record(sent, url, 400);
            return;
        }
        if (!policy.accepts(contextId, (String) sent.get("userId"))) {
            record(sent, url, policy.refuse(exchange));
            return;
        }
        Map<String, Object> score = new LinkedHashMap<>(sent);
        score.put("scoreOf", url);
        synchronized (lock) {
            accepted.add(LineItems.copy(score));
            Map<String, Map<String, Object>> byUser = latest.computeIfAbsent(url, u -> new LinkedHashMap<>());
            Map<String, Object> previous = byUser.get((String) score.get("userId"));
            if (previous == null || !timestamp(score).isBefore(timestamp(previous))) {
                byUser.put((String) score.get("userId"), score);
            }
        }
        HttpExchanges.sendEmpty(exchange, 204);
    }

    private void record(Map<String, Object> sent, String url, int status) {
        synchronized (lock) {
            refused.add(ScorePolicy.refused(sent, url, status));
        }
    }

    /** What breaks §3.4 in the score; null when nothing does. */
    private static String scoreProblem(Map<String, Object> score) {
        if (!(score.get("userId") instanceof String userId) || userId.isBlank()) {
            return "userId is required";
        }
        if (!(score.get("timestamp") instanceof String)) {
            return "timestamp is required";
        }
        try {
            timestamp(score);
        } catch (DateTimeParseException e) {
            return "timestamp is not ISO 8601 with an offset: " + score.get("timestamp");
        }
        if (!ACTIVITY_PROGRESS.contains(String.valueOf(score.get("activityProgress")))) {
            return "activityProgress must be one of " + ACTIVITY_PROGRESS;
        }
        if (!GRADING_PROGRESS.contains(String.valueOf(score.get("gradingProgress")))) {
            return "gradingProgress must be one of " + GRADING_PROGRESS;
        }
        Object given = score.get("scoreGiven");
        Object maximum = score.get("scoreMaximum");
        if (given != null && !(given instanceof Number n && n.doubleValue() >= 0)) {
            return "scoreGiven must be a number of at least 0";
        }
        if (given != null && maximum == null) {
            return "scoreMaximum is required with scoreGiven";
        }
        if (maximum != null && !(maximum instanceof Number m && m.doubleValue() > 0)) {
            return "scoreMaximum must be a number above 0";
        }
        return null;
    }

    private static OffsetDateTime timestamp(Map<String, Object> score) {
        return OffsetDateTime.parse((String) score.get("timestamp"));
    }

    /** {@code GET {lineItemUrl}/results} of a line item of {@code contextId}. */
    void results(HttpExchange exchange, String contextId, String url, Pager pager) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.RESULT_READONLY).isEmpty()
                || !gate.accepts(exchange, RESULT_CONTAINER)) {
            return;
        }
        if (!hasTypeId(exchange)) {
            moodleForbidden(exchange);
            return;
        }
        Optional<Map<String, Object>> item = items.find(contextId, url);
        if (item.isEmpty()) {
            HttpExchanges.sendError(exchange, 404, "not_found", "no line item " + url);
            return;
        }
        double itemMaximum = ((Number) item.get().get("scoreMaximum")).doubleValue();
        String userId = HttpExchanges.query(exchange).get("user_id");
        Map<String, Map<String, Object>> byUser = new LinkedHashMap<>();
        synchronized (lock) {
            latest.getOrDefault(url, Map.of()).forEach((user, score) -> byUser.put(user, result(url, user, score,
                    itemMaximum)));
            byUser.putAll(added.getOrDefault(url, Map.of()));
        }
        List<Map<String, Object>> results = byUser.entrySet().stream()
                .filter(entry -> userId == null || userId.equals(entry.getKey())).map(Map.Entry::getValue).toList();
        HttpExchanges.sendJson(exchange, 200, RESULT_CONTAINER, pager.page(results,
                PlatformUrls.withoutQuery(PlatformUrls.below(url, "results"))));
    }

    /** §3.3.4: the score scaled to the line item's maximum. */
    private Map<String, Object> result(String url, String userId, Map<String, Object> score, double itemMaximum) {
        Double resultScore = score.get("scoreGiven") instanceof Number given
                ? given.doubleValue() / ((Number) score.get("scoreMaximum")).doubleValue() * itemMaximum : null;
        return object("id", resultId(url, userId), "scoreOf", url, "userId", userId,
                "resultScore", resultScore, "resultMaximum", itemMaximum, "comment", score.get("comment"),
                "timestamp", score.get("timestamp"));
    }

    /** Below the line item; Moodle's {@code gradebookservices::result_for_json} puts the user in the query. */
    private String resultId(String url, String userId) {
        return urls.isMoodle()
                ? PlatformUrls.below(url, "results") + "&user_id=" + HttpExchanges.encode(userId)
                : url + "/results/" + HttpExchanges.encode(userId);
    }

    /** Whether the request names the tool's type where Moodle-shaped URLs need it. */
    private boolean hasTypeId(HttpExchange exchange) {
        return !urls.isMoodle() || PlatformUrls.MOODLE_TYPE_ID.equals(HttpExchanges.query(exchange).get("type_id"));
    }

    /**
     * Moodle's answer when {@code type_id} is missing: 403 and, as the resource left the body empty, the JSON
     * error {@code mod/lti/classes/local/ltiservice/response.php} {@code send()} writes then.
     */
    private static int moodleForbidden(HttpExchange exchange) throws IOException {
        HttpExchanges.sendJson(exchange, 403, "application/json; charset=utf-8", object("status", 403,
                "reason", "Forbidden", "request", object("method", exchange.getRequestMethod(),
                        "url", exchange.getRequestURI().toString())));
        return 403;
    }
}
