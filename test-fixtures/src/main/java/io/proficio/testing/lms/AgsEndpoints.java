package io.proficio.testing.lms;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assignment and Grade Services 2.0 for one platform: the line items service (§3.2: {@code GET/POST
 * /ags/{contextId}/lineitems} with the resource_link_id, resource_id and tag filters and paging, {@code
 * GET/PUT/DELETE} on a line item), and the routes to its scores and results ({@link AgsScores}). Line item URLs
 * are {@code …/lineitems/{n}}, or Moodle's {@code …/lineitems/{n}/lineitem?type_id=1} ({@link PlatformUrls});
 * the container ignores a {@code type_id}. Every call needs a token with the fitting scope; with strict media
 * types, exactly the fitting Accept or Content-Type too. Line items and results are paged as the quirks say, or
 * by page number with query-only next links once a test asks ({@link #pageByNumber}); the filters can be
 * ignored, as some platforms do. Thread-safe.
 */
final class AgsEndpoints {

    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    /** A request path below {@code /ags/}: the container, or a line item and what below it, if anything. */
    private record Target(String contextId, String itemNumber, String below) {

        /**
         * {@code /ags/{ctx}/lineitems[/{n}[/scores|/results]]}, or with Moodle's shape {@code
         * /ags/{ctx}/lineitems[/{n}/lineitem[/scores|/results]]}; empty for any other path.
         */
        static Optional<Target> parse(String path, boolean moodle) {
            String[] parts = path.split("/");
            if (parts.length < 4 || !parts[3].equals("lineitems")) {
                return Optional.empty();
            }
            int item = moodle ? 6 : 5;
            if (parts.length == 4) {
                return Optional.of(new Target(parts[2], null, null));
            }
            if (parts.length < item || parts.length > item + 1 || moodle && !parts[5].equals("lineitem")) {
                return Optional.empty();
            }
            return Optional.of(new Target(parts[2], parts[4], parts.length == item ? null : parts[item]));
        }
    }

    /** Paging by page number: this many line items, and results, a page. */
    private record Numbered(int lineItems, int results) {
    }

    private final TokenEndpoint tokens;
    private final ServiceGate gate;
    private final PlatformUrls urls;
    private final PlatformQuirks.Paging paging;
    private final LineItems items;
    private final AgsScores scores;
    private volatile Integer pageSize;
    private volatile Numbered numbered;
    private volatile boolean ignoreFilters;

    AgsEndpoints(TokenEndpoint tokens, ServiceGate gate, PlatformUrls urls, PlatformQuirks.Paging paging,
            LineItems items, AgsScores scores) {
        this.tokens = tokens;
        this.gate = gate;
        this.urls = urls;
        this.paging = paging;
        this.items = items;
        this.scores = scores;
    }

    void pageSize(int size) {
        pageSize = positive(size);
    }

    /**
     * Pages line items and results by {@code page} from now on, instead of as the quirks say: a query-only next
     * link ({@code <?…&page=2>; rel="next"}) that keeps the request's other parameters.
     */
    void pageByNumber(int lineItemsPageSize, int resultsPageSize) {
        numbered = new Numbered(positive(lineItemsPageSize), positive(resultsPageSize));
    }

    /** The results page size of {@link #pageByNumber}, when it was asked for; empty otherwise. */
    Optional<Integer> resultsPageSize() {
        return Optional.ofNullable(numbered).map(Numbered::results);
    }

    /** Whether the line items container lists every line item of the context, whatever the filters. */
    void ignoreFilters(boolean ignore) {
        ignoreFilters = ignore;
    }

    private static int positive(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        return size;
    }

    /** A page of {@code all}, paged as the quirks say or, when asked, by number with {@code numberedSize}. */
    private List<Map<String, Object>> page(HttpExchange exchange, List<Map<String, Object>> all, String baseUrl,
            Function<Numbered, Integer> numberedSize) {
        Numbered byNumber = numbered;
        return byNumber == null ? Pages.page(exchange, all, paging, pageSize, baseUrl)
                : Pages.numbered(exchange, all, numberedSize.apply(byNumber), baseUrl, Pages.NumberedLinks.QUERY_ONLY);
    }

    /** Handles {@code path}, a path below {@code /ags/}. */
    void handle(HttpExchange exchange, String path) throws IOException {
        Optional<Target> parsed = Target.parse(path, urls.isMoodle());
        if (parsed.isEmpty()) {
            HttpExchanges.sendText(exchange, 404, "No such AGS resource: " + path);
            return;
        }
        Target target = parsed.get();
        String method = exchange.getRequestMethod();
        if (target.itemNumber() == null) {
            switch (method) {
                case "GET" -> list(exchange, target.contextId());
                case "POST" -> post(exchange, target.contextId());
                default -> HttpExchanges.sendText(exchange, 405, "GET or POST");
            }
            return;
        }
        String url = urls.lineItem(target.contextId(), target.itemNumber());
        if (items.find(target.contextId(), url).isEmpty()) {
            HttpExchanges.sendError(exchange, 404, "not_found", "no line item " + url);
            return;
        }
        if (target.below() == null) {
            switch (method) {
                case "GET" -> get(exchange, url);
                case "PUT" -> put(exchange, url);
                case "DELETE" -> delete(exchange, url);
                default -> HttpExchanges.sendText(exchange, 405, "GET, PUT or DELETE");
            }
        } else if (target.below().equals("scores") && method.equals("POST")) {
            scores.score(exchange, target.contextId(), url);
        } else if (target.below().equals("results") && method.equals("GET")) {
            scores.results(exchange, target.contextId(), url, (all, baseUrl) -> page(exchange, all, baseUrl,
                    Numbered::results));
        } else {
            HttpExchanges.sendText(exchange, target.below().equals("scores") || target.below().equals("results") ? 405
                    : 404, "No such AGS operation: " + method + " " + path);
        }
    }

    private void list(HttpExchange exchange, String contextId) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM, LtiScopes.LINEITEM_READONLY).isEmpty()
                || !gate.accepts(exchange, LINE_ITEM_CONTAINER)) {
            return;
        }
        Map<String, String> query = HttpExchanges.query(exchange);
        List<Map<String, Object>> matching = items.inContext(contextId).stream()
                .filter(item -> matches(item, "resourceLinkId", query.get("resource_link_id")))
                .filter(item -> matches(item, "resourceId", query.get("resource_id")))
                .filter(item -> matches(item, "tag", query.get("tag")))
                .toList();
        HttpExchanges.sendJson(exchange, 200, LINE_ITEM_CONTAINER,
                page(exchange, matching, urls.lineItems(contextId), Numbered::lineItems));
    }

    private boolean matches(Map<String, Object> item, String field, String wanted) {
        return ignoreFilters || wanted == null || wanted.equals(item.get(field));
    }

    private void post(HttpExchange exchange, String contextId) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM).isEmpty() || !gate.sends(exchange, LINE_ITEM)) {
            return;
        }
        Optional<Map<String, Object>> item = validLineItem(exchange);
        if (item.isEmpty()) {
            return;
        }
        item.get().remove("id");
        String url = items.create(contextId, item.get());
        exchange.getResponseHeaders().set("Location", url);
        send(exchange, url, 201);
    }

    private void get(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM, LtiScopes.LINEITEM_READONLY).isPresent()
                && gate.accepts(exchange, LINE_ITEM)) {
            send(exchange, url, 200);
        }
    }

    private void send(HttpExchange exchange, String url, int status) throws IOException {
        Optional<Map<String, Object>> item = items.get(url);
        if (item.isEmpty()) {
            HttpExchanges.sendError(exchange, 404, "not_found", "no line item " + url);
            return;
        }
        HttpExchanges.sendJson(exchange, status, LINE_ITEM, item.get());
    }

    private void put(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM).isEmpty() || !gate.sends(exchange, LINE_ITEM)) {
            return;
        }
        Optional<Map<String, Object>> item = validLineItem(exchange);
        if (item.isEmpty()) {
            return;
        }
        if (!items.replace(url, item.get())) {
            HttpExchanges.sendError(exchange, 404, "not_found", "no line item " + url);
            return;
        }
        send(exchange, url, 200);
    }

    private void delete(HttpExchange exchange, String url) throws IOException {
        if (tokens.authorize(exchange, LtiScopes.LINEITEM).isEmpty()) {
            return;
        }
        items.delete(url);
        scores.forget(url);
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
}
