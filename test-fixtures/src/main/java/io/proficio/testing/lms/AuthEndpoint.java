package io.proficio.testing.lms;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code /auth}: the platform's OIDC authorization endpoint for the tool's authentication request
 * (LTI Core 1.3 §5.1.1.2, Security Framework §5.1.1.2–5.1.1.3, OIDC Core §3.1.2.1, GET query or POST
 * form). It checks the request against the login the platform initiated, answers 400 with a plain
 * reason when something is off, and otherwise the auto-submit form a platform answers with
 * ({@code response_mode=form_post}): {@code id_token}, {@code state} and, when the login asked for
 * client-side storage, {@code lti_storage_target}. Records every request it receives. Thread-safe.
 */
final class AuthEndpoint {

    private final Logins logins;
    private final Clients clients;
    private final BiFunction<LaunchSpec, IdTokens.Request, String> mint;
    private final List<Map<String, String>> requests = new ArrayList<>();

    AuthEndpoint(Logins logins, Clients clients, BiFunction<LaunchSpec, IdTokens.Request, String> mint) {
        this.logins = logins;
        this.clients = clients;
        this.mint = mint;
    }

    List<Map<String, String>> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            HttpExchanges.sendText(exchange, 405, "GET or POST only");
            return;
        }
        Map<String, String> params = HttpExchanges.parameters(exchange);
        synchronized (requests) {
            requests.add(java.util.Collections.unmodifiableMap(params));
        }
        Optional<String> problem = problem(params);
        if (problem.isPresent()) {
            HttpExchanges.sendText(exchange, 400, "Invalid authentication request: " + problem.get());
            return;
        }
        Logins.Pending login = logins.find(params.get("login_hint")).orElseThrow();
        LaunchSpec spec = logins.specFor(login.loginHint());
        String idToken = mint.apply(spec, new IdTokens.Request(params.get("client_id"), login.deploymentId(),
                params.get("nonce"), login.targetLinkUri()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", params.get("state"));
        if (login.storageTarget() != null) {
            fields.put("lti_storage_target", login.storageTarget());
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        HttpExchanges.sendHtml(exchange, 200, Html.autoSubmitForm("Launching…", params.get("redirect_uri"), fields));
    }

    /** What is wrong with the request, in the order a platform checks; empty when nothing is. */
    private Optional<String> problem(Map<String, String> p) {
        String scope = p.getOrDefault("scope", "");
        if (!List.of(scope.split(" ")).contains("openid")) {
            return Optional.of("scope must be openid, was " + p.get("scope"));
        }
        if (!"id_token".equals(p.get("response_type"))) {
            return Optional.of("response_type must be id_token, was " + p.get("response_type"));
        }
        if (!"form_post".equals(p.get("response_mode"))) {
            return Optional.of("response_mode must be form_post, was " + p.get("response_mode"));
        }
        if (!"none".equals(p.get("prompt"))) {
            return Optional.of("prompt must be none, was " + p.get("prompt"));
        }
        String clientId = p.get("client_id");
        if (clientId == null || !clients.isKnown(clientId)) {
            return Optional.of("unknown client_id " + clientId);
        }
        String redirectUri = p.get("redirect_uri");
        if (redirectUri == null || !isAbsolute(redirectUri)) {
            return Optional.of("redirect_uri missing or not absolute: " + redirectUri);
        }
        Optional<Registration> registration = clients.registration(clientId);
        if (registration.isPresent() && !registration.get().redirectUris().contains(redirectUri)) {
            return Optional.of("redirect_uri " + redirectUri + " is not registered");
        }
        Optional<Logins.Pending> login = logins.find(p.get("login_hint"));
        if (login.isEmpty()) {
            return Optional.of("login_hint " + p.get("login_hint") + " was never sent to the tool");
        }
        if (!login.get().messageHint().equals(p.get("lti_message_hint"))) {
            return Optional.of("lti_message_hint " + p.get("lti_message_hint") + " does not echo the login's");
        }
        if (!login.get().clientId().equals(clientId)) {
            return Optional.of("client_id " + clientId + " is not the login's " + login.get().clientId());
        }
        if (isBlank(p.get("state"))) {
            return Optional.of("state missing");
        }
        if (isBlank(p.get("nonce"))) {
            return Optional.of("nonce missing");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isAbsolute(String uri) {
        try {
            URI parsed = new URI(uri);
            return parsed.isAbsolute() && parsed.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
