package io.proficio.infrastructure.webhook;

import io.proficio.domain.outbox.AttemptResult;
import io.proficio.domain.outbox.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Posts a signed event to a webhook URL (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}). A 2xx answer is a delivery; any other answer, a time-out or a connection
 * failure is a failed attempt with what was seen. Redirects are not followed: a receiver that moved
 * must be configured anew, not followed blindly with signed data.
 */
@ApplicationScoped
public class WebhookSender {

    // HTTP/1.1: receivers are plain web endpoints; asking each for an HTTP/2 upgrade gains nothing.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * @param secrets the plain signing secrets, current first
     * @return completes (never exceptionally) with the attempt
     */
    public CompletableFuture<AttemptResult> send(String url, Duration timeout, List<String> secrets, String id, String body) {
        Instant started = Instant.now();
        long timestamp = started.getEpochSecond();
        long t0 = System.nanoTime();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Proficio-Webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(secrets, id, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(AttemptResult.failed(started, 0, "Bad destination URL: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long latency = (System.nanoTime() - t0) / 1_000_000;
                    return failure == null ? AttemptResult.answered(started, response.statusCode(), latency)
                            : AttemptResult.failed(started, latency, describe(failure));
                });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
