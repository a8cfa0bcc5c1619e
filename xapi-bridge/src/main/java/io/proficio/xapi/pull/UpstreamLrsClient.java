package io.proficio.xapi.pull;


import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads Statements from an upstream LRS: GET Statements (xAPI 1.0.3 Communication §2.1.3) for a first
 * page, then the StatementResult's {@code more} links (Data §2.5) until there are none. Requests carry
 * {@code X-Experience-API-Version: 1.0.3} (Communication §3.3), {@code Accept: application/json} and HTTP
 * Basic credentials (Communication §4.0).
 *
 * <p><b>Why not ADL's jxapi.</b> The project's choice for pulling is {@code gov.adlnet:jxapi} where it
 * serves. For this it does not: its {@code Score} holds primitive floats, so a score the Statement left
 * out reads as 0; it puts query parameters into the URL without encoding them, so an Activity IRI with
 * {@code ?}, {@code &} or {@code #} (common in real IRIs) corrupts the query; and it resolves {@code more}
 * by appending it to the server's base, which breaks for the LRSs that send an absolute URL. It also
 * brings javax-era jars (servlet, mail, an old Gson) into a Jakarta EE 10 application. This client is the
 * JDK's {@link HttpClient} and Jakarta JSON Processing instead, and hands Statements on as the
 * {@link JsonObject}s the LRS sent, so nothing is lost or defaulted on the way.
 *
 * <p><b>Timeouts.</b> The connect timeout is the {@link HttpClient}'s, set by whoever builds it (see
 * {@link #create}); it bounds connecting alone. The read timeout bounds each whole exchange, connecting
 * included, up to the last byte of the body, so it should be the longer of the two. It is set as the
 * request's own {@link HttpRequest.Builder#timeout} and as a deadline on the whole exchange, because the
 * request timeout stops counting once the headers arrive and would let an LRS that stalls in the middle
 * of a body hold the pull for ever.
 *
 * <p>Thread-safe and stateless apart from the {@link HttpClient}; one instance can serve every LRS.
 */
public final class UpstreamLrsClient {

    static final String XAPI_VERSION = "1.0.3";

    private final HttpClient http;
    private final Duration readTimeout;
    private final JsonReaderFactory json = JSON.createReaderFactory(Map.of());

    /**
     * @param http the client to send with, its connect timeout set; it should not follow redirects, so
     *     that credentials go nowhere but the LRS's own origin. Not null.
     * @param readTimeout the most one request may take, connecting and the whole body included; positive,
     *     not null
     */
    public UpstreamLrsClient(HttpClient http, Duration readTimeout) {
        this.http = Objects.requireNonNull(http, "http");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive: " + readTimeout);
        }
        this.readTimeout = readTimeout;
    }

    /**
     * A client over a new {@link HttpClient} that connects within {@code connectTimeout} and never
     * follows redirects (a redirect answers as {@link UpstreamFailure.Kind#STATUS}).
     *
     * @param connectTimeout positive, not null
     * @param readTimeout positive, not null
     */
    public static UpstreamLrsClient create(Duration connectTimeout, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new UpstreamLrsClient(http, readTimeout);
    }

    /**
     * The first page of {@code query}: {@code GET <endpoint>statements?…}, every parameter percent-encoded
     * (RFC 3986 §2.1).
     *
     * @param lrs not null
     * @param query not null
     * @throws UpstreamFailure when the LRS does not answer with a StatementResult in time
     */
    public StatementPage first(UpstreamLrs lrs, UpstreamQuery query) throws UpstreamFailure {
        URI statements = lrs.statements();
        return fetch(lrs, URI.create(statements + "?" + QueryStrings.of(query.parameters())));
    }

    /**
     * The page a StatementResult's {@code more} leads to, resolved as {@link MoreLinks} says; its query is
     * sent exactly as the LRS wrote it.
     *
     * @param lrs the LRS that sent {@code more}; not null
     * @param more {@link StatementPage#more()} of the previous page; not null, not empty
     * @throws UpstreamFailure when {@code more} leads off the LRS's origin, or the LRS does not answer
     *     with a StatementResult in time
     */
    public StatementPage next(UpstreamLrs lrs, String more) throws UpstreamFailure {
        Objects.requireNonNull(more, "more");
        if (more.isEmpty()) {
            throw new IllegalArgumentException("An empty more means there are no more pages");
        }
        return fetch(lrs, MoreLinks.resolve(lrs, more));
    }

    private StatementPage fetch(UpstreamLrs lrs, URI uri) throws UpstreamFailure {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(readTimeout)
                .header("X-Experience-API-Version", XAPI_VERSION)
                .header("Accept", "application/json")
                .header("Authorization", basic(lrs))
                .build();
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new UpstreamFailure(UpstreamFailure.Kind.STATUS, OptionalInt.of(status),
                    describe(uri) + " answered HTTP " + status);
        }
        return statementResult(uri, status, response.body());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws UpstreamFailure {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return exchange.get(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout(request.uri(), e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamFailure(UpstreamFailure.Kind.INTERRUPTED, OptionalInt.empty(),
                    describe(request.uri()) + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timeout(request.uri(), cause);
            }
            String reason = cause instanceof IOException && cause.getMessage() != null
                    ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                    : cause.getClass().getSimpleName();
            throw new UpstreamFailure(UpstreamFailure.Kind.IO, OptionalInt.empty(),
                    describe(request.uri()) + " failed: " + reason, cause);
        }
    }

    private UpstreamFailure timeout(URI uri, Throwable cause) {
        return new UpstreamFailure(UpstreamFailure.Kind.TIMEOUT, OptionalInt.empty(),
                describe(uri) + " timed out (connect timeout " + http.connectTimeout().map(Duration::toString).orElse("none")
                        + ", read timeout " + readTimeout + ")", cause);
    }

    /** A StatementResult (Data §2.5): an object with a {@code statements} array of objects and an optional {@code more}. */
    private StatementPage statementResult(URI uri, int status, byte[] body) throws UpstreamFailure {
        JsonValue value;
        try (JsonReader reader = json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw malformed(uri, status, "is not JSON");
        }
        if (!(value instanceof JsonObject result)) {
            throw malformed(uri, status, "is not a JSON object");
        }
        if (!(result.get("statements") instanceof JsonArray array)) {
            throw malformed(uri, status, "has no statements array");
        }
        List<JsonObject> statements = new ArrayList<>(array.size());
        for (JsonValue statement : array) {
            if (!(statement instanceof JsonObject object)) {
                throw malformed(uri, status, "has a statement that is not a JSON object");
            }
            statements.add(object);
        }
        JsonValue more = result.getOrDefault("more", JsonValue.NULL);
        if (more == JsonValue.NULL) {
            return new StatementPage(statements, Optional.empty());
        }
        if (!(more instanceof JsonString link)) {
            throw malformed(uri, status, "has a more that is not a string");
        }
        return new StatementPage(statements, Optional.of(link.getString()).filter(text -> !text.isEmpty()));
    }

    private static UpstreamFailure malformed(URI uri, int status, String what) {
        return new UpstreamFailure(UpstreamFailure.Kind.MALFORMED, OptionalInt.of(status),
                "The answer of " + describe(uri) + " " + what);
    }

    private static String basic(UpstreamLrs lrs) {
        String pair = lrs.username() + ":" + lrs.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET scheme://authority/path}: the query can be long and says nothing the path does not. */
    private static String describe(URI uri) {
        return "GET " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }
}
