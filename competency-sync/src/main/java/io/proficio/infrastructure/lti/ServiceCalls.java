package io.proficio.infrastructure.lti;

import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The HTTP side shared by the service clients: a bearer token per call, one retry with a new token
 * on 401, status codes mapped to {@link LtiServiceError}s, JSON bodies parsed with JSON-P, and paging
 * by {@code Link: <…>; rel="next"} (NRPS 2.0 §2, AGS 2.0 §3.2 and §3.3).
 */
public final class ServiceCalls {

    private final AccessTokens tokens;
    private final LtiServiceSettings settings;
    private final HttpClient http;

    public ServiceCalls(AccessTokens tokens, LtiServiceSettings settings) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** GETs one resource and parses its JSON body. */
    public <T> T get(PlatformCredentials platform, Set<String> scopes, URI url, String accept, Function<JsonValue, T> parser) {
        return read(send(platform, scopes, HttpRequest.newBuilder(url).GET().header("Accept", accept)), parser);
    }

    /** GETs every page of a collection, following rel="next" links, and parses each page's JSON body. */
    public <T> List<T> pages(PlatformCredentials platform, Set<String> scopes, URI first, String accept,
                      Function<JsonValue, T> parser) {
        List<T> pages = new ArrayList<>();
        Optional<URI> next = Optional.of(first);
        while (next.isPresent()) {
            if (pages.size() == settings.maxPages()) {
                throw new LtiServiceException(LtiServiceError.TOO_MANY_PAGES,
                        "GET " + first + " still had a next page after " + pages.size() + " pages.");
            }
            HttpResponse<String> response = send(platform, scopes,
                    HttpRequest.newBuilder(next.get()).GET().header("Accept", accept));
            pages.add(read(response, parser));
            next = nextPage(response);
        }
        return pages;
    }

    /** POSTs a JSON body and returns the answer, which the caller may read with {@link #read}. */
    public HttpResponse<String> post(PlatformCredentials platform, Set<String> scopes, URI url, String contentType,
                              Optional<String> accept, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", contentType);
        accept.ifPresent(mediaType -> request.header("Accept", mediaType));
        return send(platform, scopes, request);
    }

    public <T> T read(HttpResponse<String> response, Function<JsonValue, T> parser) {
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            return parser.apply(reader.readValue());
        } catch (JsonException | IllegalArgumentException | DateTimeException e) {
            throw new LtiServiceException(LtiServiceError.BAD_RESPONSE, response.statusCode(),
                    PlatformAnswer.firstLine(response.body()),
                    describe(response.request()) + " answered with an unreadable body: " + e.getMessage());
        }
    }

    private HttpResponse<String> send(PlatformCredentials platform, Set<String> scopes, HttpRequest.Builder request) {
        HttpResponse<String> response = attempt(platform, scopes, request);
        if (response.statusCode() == 401) {
            // The platform may revoke a token before its expires_in; a fresh one settles that, once.
            tokens.forget(platform, scopes);
            response = attempt(platform, scopes, request);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        Optional<String> answer = PlatformAnswer.firstLine(response.body());
        throw new LtiServiceException(status >= 500 ? LtiServiceError.FAILED : LtiServiceError.REFUSED, status, answer,
                describe(response.request()) + " answered HTTP " + status + answer.map(line -> ": " + line).orElse("") + ".");
    }

    private HttpResponse<String> attempt(PlatformCredentials platform, Set<String> scopes, HttpRequest.Builder request) {
        HttpRequest built = request.copy()
                .timeout(settings.requestTimeout())
                .setHeader("Authorization", "Bearer " + tokens.token(platform, scopes))
                .build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new LtiServiceException(LtiServiceError.UNREACHABLE, describe(built) + " timed out.", e);
        } catch (IOException e) {
            throw new LtiServiceException(LtiServiceError.UNREACHABLE,
                    describe(built) + " could not be reached (" + e.getClass().getSimpleName() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LtiServiceException(LtiServiceError.UNREACHABLE, describe(built) + " was interrupted.", e);
        }
    }

    private static Optional<URI> nextPage(HttpResponse<String> response) {
        URI url = response.request().uri();
        try {
            return LinkHeader.next(url, response.headers().allValues("Link"));
        } catch (IllegalArgumentException e) {
            throw new LtiServiceException(LtiServiceError.BAD_RESPONSE, response.statusCode(),
                    "GET " + url + " answered with a next link that is not a URI: " + e.getMessage());
        }
    }

    private static String describe(HttpRequest request) {
        return request.method() + " " + request.uri();
    }
}
