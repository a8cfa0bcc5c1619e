package io.proficio.system.lti;

import static io.proficio.system.lti.HttpExchanges.object;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assignment and Grade Services 2.0 for one platform: the line items service (§3.2: {@code GET/POST
 * /ags/{contextId}/lineitems} with the resource_link_id, resource_id and tag filters and paging, {@code
 * GET/PUT/DELETE …/lineitems/{id}}), the score publish service (§3.4: {@code POST …/{id}/scores}, strictly
 * {@code application/vnd.ims.lis.v1.score+json}) and the result service (§3.3: {@code GET …/{id}/results},
 * filter user_id). Every call needs a token with the fitting scope. Scores are recorded as received; the
 * result of a user is the latest score by timestamp (§3.4.8: an older score does not replace a newer
 * one). Thread-safe: one lock, the work under it is small.
 */
final class AgsEndpoints {

    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";
    private static final Set<String> ACTIVITY_PROGRESS =
            Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    private static final Set<String> GRADING_PROGRESS =
            Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");

    private final TokenEndpoint tokens;
    private final String issuer;
    private final Object lock = new Object();
    private long lastId;
    /** Line items by URL, each with the context it belongs to. */
    private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    private final Map<String, String> contextOf = new LinkedHashMap<>();
    /** Latest score by line item URL, then user id. */
    private final Map<String, Map<String, Map<String, Object>>> latest = new LinkedHashMap<>();
    private final List<Map<String, Object>> scores = new ArrayList<>();
    private volatile int pageSize = 100;

    AgsEndpoints(TokenEndpoint tokens, String issuer) {
        this.tokens = tokens;
        this.issuer = issuer;
    }

    void pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        pageSize = size;
    }

    /** Creates a line item as the platform would for a gradable resource link; answers its URL. */
    String create(String contextId, Map<String, Object> item) {
        synchronized (lock) {
            String url = lineItemsUrl(contextId) + "/" + (++lastId);
            Map<String, Object> stored = new LinkedHashMap<>(item);
            stored.put("id", url);
            items.put(url, stored);
            contextOf.put(url, contextId);
            return url;
        }
    }

    List<Map<String, Object>> lineItems(String contextId) {
        synchronized (lock) {
            return items.entrySet().stream().filter(e -> contextId.equals(contextOf.get(e.getKey())))
                    .map(e -> copy(e.getValue())).toList();
        }
    }

    List<Map<String, Object>> scores() {
        synchronized (lock) {
            return scores.stream().map(AgsEndpoints::copy).toList();
        }
    }

    /** Handles {@code path} = {@code /ags/{contextId}/lineitems[/{id}[/scores|/results]]}. */
    void handle(HttpExchange exchange, String path) throws IOException {
        String[] parts = path.split("/");
        if (parts.length < 4 || parts.length > 6 || !parts[3].equals("lineitems")) {
            HttpExchanges.sendText(exchange, 404, "No such AGS resource: " + path);
            return;
        }
        String contextId = parts[2];
        String method = exchange.getRequestMethod();
        if (parts.length == 4) {
            switch (method) {
                case "GET" -> list(exchange, contextId);
                case "POST" -> post(exchange, contextId);
                default -> HttpExchanges.sendText(exchange, 405, "GET or POST");
            }
            return;
        }
        String url = lineItemsUrl(contextId) + "/" + parts[4];
        boolean exists;
        synchronized (lock) {
            exists = items.containsKey(url) && contextId.equals(contextOf.get(url));
        }
        if (!exists) {
            HttpExchanges.sendError(exchange, 404, "not_found", "no line item " + url);
            return;
        }
        if (parts.length == 5) {
            switch (method) {
                case "GET" -> get(exchange, url);
                case "PUT" -> put(exchange, url);
                case "DELETE" -> delete(exchange, url);
                default -> HttpExchanges.sendText(exchange, 405, "GET, PUT or DELETE");
            }
        } else if (parts[5].equals("scores") && method.equals("POST")) {
            score(exchange, url);
        } else if (parts[5].equals("results") && method.equals("GET")) {
            results(exchange, url);
        } else {
            HttpExchanges.sendText(exchange, parts[5].equals("scores") || parts[5].equals("results") ? 405 : 404,
                    "No such AGS operation: " + method + " " + path);
        }
    }

    private void list(HttpExchange exchange, String contextId) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM, LtiScopes.LINEITEM_READONLY).isEmpty()) {
            return;
        }
        Map<String, String> query = HttpExchanges.query(exchange);
        List<Map<String, Object>> matching = lineItems(contextId).stream()
                .filter(item -> matches(item, "resourceLinkId", query.get("resource_link_id")))
                .filter(item -> matches(item, "resourceId", query.get("resource_id")))
                .filter(item -> matches(item, "tag", query.get("tag")))
                .toList();
        HttpExchanges.sendJson(exchange, 200, LINE_ITEM_CONTAINER,
                Pages.page(exchange, matching, pageSize, lineItemsUrl(contextId)));
    }

    private static boolean matches(Map<String, Object> item, String field, String wanted) {
        return wanted == null || wanted.equals(item.get(field));
    }

    private void post(HttpExchange exchange, String contextId) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM).isEmpty()) {
            return;
        }
        Optional<Map<String, Object>> item = validLineItem(exchange);
        if (item.isEmpty()) {
            return;
        }
        item.get().remove("id");
        String url = create(contextId, item.get());
        exchange.getResponseHeaders().set("Location", url);
        get(exchange, url, 201);
    }

    private void get(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM, LtiScopes.LINEITEM_READONLY).isPresent()) {
            get(exchange, url, 200);
        }
    }

    private void get(HttpExchange exchange, String url, int status) throws IOException {
        Map<String, Object> item;
        synchronized (lock) {
            item = copy(items.get(url));
        }
        HttpExchanges.sendJson(exchange, status, LINE_ITEM, item);
    }

    private void put(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM).isEmpty()) {
            return;
        }
        Optional<Map<String, Object>> item = validLineItem(exchange);
        if (item.isEmpty()) {
            return;
        }
        item.get().put("id", url);
        synchronized (lock) {
            items.put(url, item.get());
        }
        get(exchange, url, 200);
    }

    private void delete(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM).isEmpty()) {
            return;
        }
        synchronized (lock) {
            items.remove(url);
            contextOf.remove(url);
            latest.remove(url);
        }
        HttpExchanges.sendEmpty(exchange, 204);
    }

    /** The request's line item if valid (§3.2.7: a label and a positive scoreMaximum); else answers 400. */
    private static Optional<Map<String, Object>> validLineItem(HttpExchange exchange) throws IOException {
        Optional<Map<String, Object>> json = HttpExchanges.jsonObject(exchange);
        String problem = json.isEmpty() ? "the body is not a JSON object"
                : !(json.get().get("label") instanceof String label) || label.isBlank() ? "label is required"
                : !(json.get().get("scoreMaximum") instanceof Number max) || max.doubleValue() <= 0
                        ? "scoreMaximum must be a number above 0" : null;
        if (problem != null) {
            HttpExchanges.sendError(exchange, 400, "invalid_request", problem);
            return Optional.empty();
        }
        return Optional.of(new LinkedHashMap<>(json.get()));
    }

    private void score(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.SCORE).isEmpty()) {
            return;
        }
        if (!HttpExchanges.contentType(exchange).equals(SCORE)) {
            HttpExchanges.sendError(exchange, 415, "unsupported_media_type", "scores are " + SCORE);
            return;
        }
        Optional<Map<String, Object>> json = HttpExchanges.jsonObject(exchange);
        String problem = json.isEmpty() ? "the body is not a JSON object" : scoreProblem(json.get());
        if (problem != null) {
            HttpExchanges.sendError(exchange, 400, "invalid_request", problem);
            return;
        }
        Map<String, Object> score = new LinkedHashMap<>(json.get());
        score.put("scoreOf", url);
        synchronized (lock) {
            scores.add(score);
            Map<String, Map<String, Object>> byUser = latest.computeIfAbsent(url, u -> new LinkedHashMap<>());
            Map<String, Object> previous = byUser.get((String) score.get("userId"));
            if (previous == null || !timestamp(score).isBefore(timestamp(previous))) {
                byUser.put((String) score.get("userId"), score);
            }
        }
        HttpExchanges.sendEmpty(exchange, 204);
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

    private void results(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.RESULT_READONLY).isEmpty()) {
            return;
        }
        String userId = HttpExchanges.query(exchange).get("user_id");
        List<Map<String, Object>> results = new ArrayList<>();
        synchronized (lock) {
            Object itemMaximum = items.get(url).get("scoreMaximum");
            latest.getOrDefault(url, Map.of()).forEach((user, score) -> {
                if (userId == null || userId.equals(user)) {
                    results.add(result(url, user, score, ((Number) itemMaximum).doubleValue()));
                }
            });
        }
        HttpExchanges.sendJson(exchange, 200, RESULT_CONTAINER, Pages.page(exchange, results, pageSize, url + "/results"));
    }

    /** §3.3.4: the score scaled to the line item's maximum. */
    private static Map<String, Object> result(String url, String userId, Map<String, Object> score, double itemMaximum) {
        Double resultScore = score.get("scoreGiven") instanceof Number given
                ? given.doubleValue() / ((Number) score.get("scoreMaximum")).doubleValue() * itemMaximum : null;
        return object("id", url + "/results/" + HttpExchanges.encode(userId), "scoreOf", url, "userId", userId,
                "resultScore", resultScore, "resultMaximum", itemMaximum, "comment", score.get("comment"),
                "timestamp", score.get("timestamp"));
    }

    /** Unmodifiable, and unlike {@link Map#copyOf} keeps the JSON nulls a tool sent. */
    private static Map<String, Object> copy(Map<String, Object> json) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }

    private String lineItemsUrl(String contextId) {
        return issuer + "/ags/" + HttpExchanges.encode(Objects.requireNonNull(contextId)) + "/lineitems";
    }
}
