package io.proficio.testing.lms;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import io.proficio.testing.http.TestServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reading requests and writing answers on the platform's {@link TestServer}: parameters, bodies, JSON, bearer
 * tokens. Stateless; form and query decoding goes through the OAuth 2 SDK's {@link URLUtils}. Every answer
 * closes its connection (the server is built {@link TestServer.Builder#closingConnections() so}).
 */
final class HttpExchanges {

    private HttpExchanges() {
    }

    /** The request body, whole however often it is read (the {@link TestServer} read it once). */
    static String body(HttpExchange exchange) throws IOException {
        return TestServer.body(exchange);
    }

    /** The query parameters, first value of each. */
    static Map<String, String> query(HttpExchange exchange) {
        return firstValues(URLUtils.parseParameters(exchange.getRequestURI().getRawQuery()));
    }

    /** The query parameters and, for a form POST, the form's; the form wins where both name one. */
    static Map<String, String> parameters(HttpExchange exchange) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(query(exchange));
        if ("POST".equals(exchange.getRequestMethod())
                && contentType(exchange).startsWith("application/x-www-form-urlencoded")) {
            all.putAll(firstValues(URLUtils.parseParameters(body(exchange))));
        }
        return all;
    }

    static Map<String, String> form(String body) {
        return firstValues(URLUtils.parseParameters(body));
    }

    private static Map<String, String> firstValues(Map<String, List<String>> parameters) {
        Map<String, String> first = new LinkedHashMap<>();
        parameters.forEach((name, values) -> first.put(name, values.isEmpty() ? "" : values.get(0)));
        return first;
    }

    /** The media type of the request, lower case without parameters; empty when absent. */
    static String contentType(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Type");
        return value == null ? "" : value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    static Optional<String> bearerToken(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Authorization");
        if (value == null || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(value.substring(7).strip()).filter(token -> !token.isEmpty());
    }

    /** The request body as a JSON object; empty when it is not one. */
    static Optional<Map<String, Object>> jsonObject(HttpExchange exchange) throws IOException {
        try {
            return Optional.of(JSONObjectUtils.parse(body(exchange)));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        TestServer.send(exchange, status, contentType, body);
    }

    static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        TestServer.sendEmpty(exchange, status);
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text);
    }

    static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    static void sendJson(HttpExchange exchange, int status, String mediaType, Map<String, ?> json) throws IOException {
        send(exchange, status, mediaType, JSONObjectUtils.toJSONString(json));
    }

    static void sendJson(HttpExchange exchange, int status, String mediaType, List<?> json) throws IOException {
        send(exchange, status, mediaType, JSONArrayUtils.toJSONString(json));
    }

    /** A service error as a small JSON object, the way Moodle's and Canvas's REST services answer. */
    static void sendError(HttpExchange exchange, int status, String error, String description) throws IOException {
        sendJson(exchange, status, "application/json", Map.of("error", error, "error_description", description));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A map without the entries whose value is null, in the order given: name, value, name, value… */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                json.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return json;
    }
}
