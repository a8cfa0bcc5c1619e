package io.proficio.system.lti;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /nrps/{contextId}/memberships}: the membership container of Names and Role Provisioning
 * Services 2.0 §2.1–2.4 for the members a test set, filtered by {@code role} and paged as the quirks say
 * ({@link Pages}). Needs an access token with the contextmembership.readonly scope (401 without a valid token,
 * 403 without the scope) and accepts the membership container media type (406 otherwise). With Moodle's paging
 * it answers as Moodle's {@code memberships.php} does: only active members, each {@code Active}, and the
 * container's {@code id} is the endpoint without query. Thread-safe.
 */
final class NrpsEndpoints {

    static final String MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final TokenEndpoint tokens;
    private final PlatformUrls urls;
    private final PlatformQuirks.Paging paging;
    private final Map<String, List<Member>> members = new ConcurrentHashMap<>();
    private final Map<String, LaunchSpec.Context> contexts;
    private volatile Integer pageSize;

    NrpsEndpoints(TokenEndpoint tokens, PlatformUrls urls, PlatformQuirks.Paging paging,
            Map<String, LaunchSpec.Context> contexts) {
        this.tokens = tokens;
        this.urls = urls;
        this.paging = paging;
        this.contexts = contexts;
    }

    void members(String contextId, List<Member> list) {
        members.put(contextId, List.copyOf(list));
    }

    /** The members a test set for this context; empty when it set none. */
    Optional<List<Member>> roster(String contextId) {
        return Optional.ofNullable(members.get(contextId));
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
        if (accept != null && !accept.contains(MEMBERSHIP_CONTAINER) && !accept.contains("*/*")
                && !accept.contains("application/json")) {
            HttpExchanges.sendText(exchange, 406, "Accept " + MEMBERSHIP_CONTAINER);
            return;
        }
        String contextId = parts[2];
        String role = HttpExchanges.query(exchange).get("role");
        boolean moodle = paging == PlatformQuirks.Paging.MOODLE;
        List<Member> matching = members.getOrDefault(contextId, List.of()).stream()
                .filter(m -> !moodle || m.status() == null || m.status().equals("Active"))
                .filter(m -> role == null || m.roles().contains(role) || m.roles().stream().anyMatch(r -> r.endsWith("#" + role)))
                .toList();
        String url = urls.memberships(contextId);
        List<Member> page = Pages.page(exchange, matching, paging, pageSize, url);
        String query = exchange.getRequestURI().getRawQuery();
        LaunchSpec.Context context = contexts.getOrDefault(contextId, new LaunchSpec.Context(contextId, contextId, contextId));
        HttpExchanges.sendJson(exchange, 200, MEMBERSHIP_CONTAINER, HttpExchanges.object(
                "id", url + (moodle || query == null ? "" : "?" + query),
                "context", HttpExchanges.object("id", context.id(), "label", context.label(), "title", context.title()),
                "members", page.stream().map(Member::toJSONObject).toList()));
    }
}
