package io.proficio.testing.lms;

import static io.proficio.testing.lms.HttpExchanges.object;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LTI Dynamic Registration 1.0 from the platform's side: {@code GET /.well-known/openid-configuration}
 * (§3.3, OIDC Discovery with the {@code lti-platform-configuration} claim of a Moodle, its product as the
 * quirks name it) and {@code POST /register} (§3.5, OIDC Dynamic Client Registration). The issuer is the
 * platform's identity, the endpoints are below its base URL. Registration needs a single-use bearer token
 * from {@link #newToken()}; the tool's client metadata is checked per §3.5.1–3.5.2 and, when valid,
 * stored and answered with a new {@code client_id} and, in the tool configuration, a {@code
 * deployment_id}. Errors follow RFC 7591 §3.2.2 ({@code invalid_client_metadata}). Thread-safe.
 */
final class RegistrationEndpoints {

    private static final Set<String> MESSAGES_SUPPORTED =
            Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    private final PlatformUrls urls;
    private final PlatformQuirks.ToolPlatform product;
    private final Clients clients;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    RegistrationEndpoints(PlatformUrls urls, PlatformQuirks.ToolPlatform product, Clients clients) {
        this.urls = urls;
        this.product = product;
        this.clients = clients;
    }

    String newToken() {
        String token = "reg-" + UUID.randomUUID();
        tokens.add(token);
        return token;
    }

    Map<String, Object> openidConfiguration() {
        return object(
                "issuer", urls.issuer(),
                "authorization_endpoint", urls.auth(),
                "token_endpoint", urls.token(),
                "jwks_uri", urls.jwks(),
                "registration_endpoint", urls.registration(),
                "token_endpoint_auth_methods_supported", List.of("private_key_jwt"),
                "token_endpoint_auth_signing_alg_values_supported", List.of("RS256"),
                "scopes_supported", scopesSupported(),
                "response_types_supported", List.of("id_token"),
                "subject_types_supported", List.of("public", "pairwise"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email", "locale"),
                "authorization_server", urls.issuer(),
                "https://purl.imsglobal.org/spec/lti-platform-configuration", object(
                        "product_family_code", product.productFamilyCode(),
                        "version", product.version(),
                        "messages_supported", List.of(
                                object("type", LtiClaims.RESOURCE_LINK_REQUEST),
                                object("type", LtiClaims.DEEP_LINKING_REQUEST,
                                        "placements", List.of("ContentArea"))),
                        "variables", List.of("Context.id", "Context.title", "CourseSection.sourcedId",
                                "Person.name.full", "Person.email.primary", "Person.sourcedId", "ResourceLink.id",
                                "User.id", "User.username")));
    }

    private static List<String> scopesSupported() {
        List<String> scopes = new ArrayList<>(List.of("openid"));
        scopes.addAll(LtiScopes.ALL);
        return scopes;
    }

    void serveConfiguration(HttpExchange exchange) throws IOException {
        HttpExchanges.sendJson(exchange, 200, "application/json", openidConfiguration());
    }

    void register(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            HttpExchanges.sendText(exchange, 405, "POST only");
            return;
        }
        Optional<String> token = HttpExchanges.bearerToken(exchange);
        if (token.isEmpty() || !tokens.contains(token.get())) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            HttpExchanges.sendError(exchange, 401, "invalid_token",
                    "a registration token from the platform is required");
            return;
        }
        Optional<Map<String, Object>> body = HttpExchanges.jsonObject(exchange);
        String problem = body.isEmpty() ? "the body is not a JSON object" : problem(body.get());
        if (problem != null) {
            HttpExchanges.sendError(exchange, 400, "invalid_client_metadata", problem);
            return;
        }
        if (!tokens.remove(token.get())) {
            HttpExchanges.sendError(exchange, 401, "invalid_token", "the registration token was used already");
            return;
        }
        String clientId = "client-" + UUID.randomUUID();
        String deploymentId = "deployment-" + UUID.randomUUID();
        Map<String, Object> response = new LinkedHashMap<>(body.get());
        response.put("client_id", clientId);
        @SuppressWarnings("unchecked")
        Map<String, Object> toolConfiguration =
                new LinkedHashMap<>((Map<String, Object>) body.get().get(Registration.TOOL_CONFIGURATION));
        toolConfiguration.put("deployment_id", deploymentId);
        response.put(Registration.TOOL_CONFIGURATION, toolConfiguration);
        clients.register(new Registration(clientId, deploymentId, java.util.Collections.unmodifiableMap(body.get()),
                java.util.Collections.unmodifiableMap(response)));
        HttpExchanges.sendJson(exchange, 200, "application/json", response);
    }

    /** What breaks §3.5.1 (client metadata) or §3.5.2 (LTI tool configuration); null when nothing. */
    @SuppressWarnings("unchecked")
    private static String problem(Map<String, Object> r) {
        if (!"web".equals(r.get("application_type"))) {
            return "application_type must be web";
        }
        if (!(r.get("grant_types") instanceof List<?> grants)
                || !grants.containsAll(List.of("implicit", "client_credentials"))) {
            return "grant_types must hold implicit and client_credentials";
        }
        if (!(r.get("response_types") instanceof List<?> types) || !types.contains("id_token")) {
            return "response_types must hold id_token";
        }
        if (!(r.get("redirect_uris") instanceof List<?> redirects) || redirects.isEmpty()
                || !redirects.stream().allMatch(RegistrationEndpoints::isAbsoluteUrl)) {
            return "redirect_uris must be a non-empty list of absolute URLs";
        }
        if (!isAbsoluteUrl(r.get("initiate_login_uri"))) {
            return "initiate_login_uri must be an absolute URL";
        }
        if (!(r.get("client_name") instanceof String name) || name.isBlank()) {
            return "client_name is required";
        }
        if (!isAbsoluteUrl(r.get("jwks_uri"))) {
            return "jwks_uri must be an absolute URL";
        }
        if (!"private_key_jwt".equals(r.get("token_endpoint_auth_method"))) {
            return "token_endpoint_auth_method must be private_key_jwt";
        }
        if (r.containsKey("scope") && !(r.get("scope") instanceof String)) {
            return "scope must be a space-separated string";
        }
        if (!(r.get(Registration.TOOL_CONFIGURATION) instanceof Map<?, ?> tool)) {
            return Registration.TOOL_CONFIGURATION + " is required";
        }
        return toolProblem((Map<String, Object>) tool);
    }

    private static String toolProblem(Map<String, Object> tool) {
        if (!(tool.get("domain") instanceof String domain) || domain.isBlank()) {
            return "the tool configuration needs a domain";
        }
        if (!isAbsoluteUrl(tool.get("target_link_uri"))) {
            return "the tool configuration needs an absolute target_link_uri";
        }
        if (!(tool.get("claims") instanceof List<?>)) {
            return "the tool configuration needs a claims list";
        }
        if (!(tool.get("messages") instanceof List<?> messages)) {
            return "the tool configuration needs a messages list";
        }
        for (Object message : messages) {
            if (!(message instanceof Map<?, ?> m) || !MESSAGES_SUPPORTED.contains(m.get("type"))) {
                return "unsupported message " + message + "; supported: " + MESSAGES_SUPPORTED;
            }
            if (m.get("target_link_uri") != null && !isAbsoluteUrl(m.get("target_link_uri"))) {
                return "a message's target_link_uri must be absolute: " + m.get("target_link_uri");
            }
        }
        return null;
    }

    private static boolean isAbsoluteUrl(Object value) {
        if (!(value instanceof String s)) {
            return false;
        }
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
