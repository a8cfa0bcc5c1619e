package io.proficio.testing.lrs;

import com.sun.net.httpserver.HttpExchange;
import io.proficio.testing.http.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading requests and writing answers on the LRS's {@link TestServer}, the way an LRS does. Stateless. */
final class LrsExchanges {

    static final String XAPI_VERSION = "1.0.3";

    /** The user id and password of a Basic Authorization header (RFC 7617 §2). */
    record Credentials(String username, String password) {
    }

    private LrsExchanges() {
    }

    /**
     * The query parameters, percent-decoded as UTF-8, first value of each; a {@code +} is a space, as
     * most LRSs' web frameworks read it.
     */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The credentials of a Basic Authorization header; empty when there is none or it is garbled. */
    static Optional<Credentials> basicCredentials(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Authorization");
        if (value == null || !value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new Credentials(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void sendJson(HttpExchange exchange, int status, JsonObject json) throws IOException {
        send(exchange, status, "application/json", json.toString());
    }

    static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text);
    }

    /** Every answer says the LRS's version (Communication §3.3); the server closes the connection after it. */
    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getResponseHeaders().set("X-Experience-API-Version", XAPI_VERSION);
        TestServer.send(exchange, status, contentType, body);
    }
}
