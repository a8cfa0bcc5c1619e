package io.proficio.lti.registration;

import static io.proficio.domain.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The two calls of Dynamic Registration (§3.4 and §3.5): GET the platform's OpenID configuration,
 * POST the tool's registration with the registration token. Short timeouts; failures are
 * {@link RegistrationFailed} with what went wrong (never the token).
 */
@ApplicationScoped
public class RegistrationClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    /** A step of the registration failed. */
    public static class RegistrationFailed extends RuntimeException {
        public RegistrationFailed(String message) {
            super(message);
        }
    }

    /** The configuration, fetched with the registration token as DR §3.4 allows platforms to require. */
    public JsonObject configuration(URI openidConfiguration, String registrationToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(openidConfiguration).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET();
        if (registrationToken != null) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        return call(request.build(), "reading the OpenID configuration at " + openidConfiguration);
    }

    public JsonObject register(URI registrationEndpoint, String registrationToken, JsonObject toolConfiguration) {
        HttpRequest.Builder request = HttpRequest.newBuilder(registrationEndpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toolConfiguration.toString()));
        if (registrationToken != null) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        return call(request.build(), "registering at " + registrationEndpoint);
    }

    private JsonObject call(HttpRequest request, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RegistrationFailed("No answer " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationFailed("Interrupted " + what);
        }
        if (response.statusCode() / 100 != 2) {
            throw new RegistrationFailed("HTTP " + response.statusCode() + " " + what);
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RegistrationFailed("Not a JSON object " + what);
        }
    }
}
