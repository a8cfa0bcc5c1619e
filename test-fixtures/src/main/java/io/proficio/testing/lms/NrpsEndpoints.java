package io.proficio.testing.lms;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /nrps/{contextId}/memberships}: the membership container of Names and Role Provisioning
 * Services 2.0 §2.1–2.4 for the members a test set, filtered by {@code role} and paged as the quirks say
 * ({@link Pages}), or by page number once a test asks ({@link #pageByNumber}). Members are JSON objects as NRPS
 * lists them: made from {@link Member}s, or as a test wrote them (possibly wrong, for a client's error handling).
 * Needs an access token with the contextmembership.readonly scope (401 without a valid token, 403 without the
 * scope) and accepts the membership container media type (406 otherwise; with strict media types, exactly it).
 * With Moodle's paging it answers as Moodle's {@code memberships.php} does: only active members, each {@code
 * Active}, and the container's {@code id} is the endpoint without query. Thread-safe.
 */
final class NrpsEndpoints {

    static final String MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    /** Paging by page number: this many members a page, the next link absolute or relative. */
    private record Numbered(int pageSize, boolean relativeNext) {
    }

    private final TokenEndpoint tokens;
    private final ServiceGate gate;
    private final PlatformUrls urls;
    private final PlatformQuirks.Paging paging;
    private final Map<String, List<Map<String, Object>>> members = new ConcurrentHashMap<>();
    private final Map<String, LaunchSpec.Context> contexts;
    private volatile Integer pageSize;
    private volatile Numbered numbered;

    NrpsEndpoints(TokenEndpoint tokens, ServiceGate gate, PlatformUrls urls, PlatformQuirks.Paging paging,
            Map<String, LaunchSpec.Context> contexts) {
        this.tokens = tokens;
        this.gate = gate;
        this.urls = urls;
        this.paging = paging;
        this.contexts = contexts;
    }

    /** @param list the members as NRPS lists them, in order */
    void members(String contextId, List<Map<String, Object>> list) {
        members.put(contextId, List.copyOf(list));
    }

    /** The members a test set for this context; empty when it set none. */
    Optional<List<Map<String, Object>>> roster(String contextId) {
        return Optional.ofNullable(members.get(contextId));
    }

    /**
     * Pages by {@code page} from now on, instead of as the quirks say: {@code first} in one Link header, {@code
     * next} and {@code last} in a second, the next link absolute or, when {@code relativeNext}, relative to the
     * endpoint ({@code memberships?page=2}). The other query parameters are not kept.
     */
    void pageByNumber(int size, boolean relativeNext) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        numbered = new Numbered(size, relativeNext);
    }

    void pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        pageSize = size;
    }

    /** Handles {@code path} = {@code /nrps/{contextId}/memberships}. */
    void handle(HttpExchange exchange, String path) throws IOException {
        String[] parts = path.split("/");
        if (parts.length != 4 || !parts[3].equals("memberships")) {
            HttpExchanges.sendText(exchange, 404, "No such NRPS resource: " + path);
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpExchanges.sendText(exchange, 405, "GET only");
            return;
        }
        if (tokens.authorize(exchange, LtiScopes.CONTEXT_MEMBERSHIP_READONLY).isEmpty()) {
            return;
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (gate.strict()) {
            if (!gate.accepts(exchange, MEMBERSHIP_CONTAINER)) {
                return;
            }
        } else if (accept != null && !accept.contains(MEMBERSHIP_CONTAINER) && !accept.contains("*/*")
                && !accept.contains("application/json")) {
            HttpExchanges.sendText(exchange, 406, "Accept " + MEMBERSHIP_CONTAINER);
            return;
        }
        String contextId = parts[2];
        String role = HttpExchanges.query(exchange).get("role");
        boolean moodle = paging == PlatformQuirks.Paging.MOODLE;
        List<Map<String, Object>> matching = members.getOrDefault(contextId, List.of()).stream()
                .filter(m -> !moodle || !m.containsKey("status") || "Active".equals(m.get("status")))
                .filter(m -> role == null || hasRole(m, role))
                .toList();
        String url = urls.memberships(contextId);
        Numbered byNumber = numbered;
        List<Map<String, Object>> page = byNumber == null ? Pages.page(exchange, matching, paging, pageSize, url)
                : Pages.numbered(exchange, matching, byNumber.pageSize(), url, byNumber.relativeNext()
                        ? Pages.NumberedLinks.SPLIT_RELATIVE_PATH : Pages.NumberedLinks.SPLIT_ABSOLUTE);
        String query = exchange.getRequestURI().getRawQuery();
        LaunchSpec.Context context = contexts.getOrDefault(contextId,
                new LaunchSpec.Context(contextId, contextId, contextId));
        HttpExchanges.sendJson(exchange, 200, MEMBERSHIP_CONTAINER, HttpExchanges.object(
                "id", url + (moodle || query == null ? "" : "?" + query),
                "context", HttpExchanges.object("id", context.id(), "label", context.label(), "title", context.title()),
                "members", page));
    }

    /** The role filter (NRPS 2.0 §2.4.1): the role's full URI or its short name. */
    private static boolean hasRole(Map<String, Object> member, String role) {
        List<?> roles = member.get("roles") instanceof List<?> list ? list : List.of();
        return roles.contains(role) || roles.stream().anyMatch(r -> String.valueOf(r).endsWith("#" + role));
    }
}
