package io.proficio.infrastructure.webhook;

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

    /** What one attempt saw. */
    public record Attempt(Instant startedAt, Integer statusCode, long latencyMs, String error) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * @param secrets the plain signing secrets, current first
     * @return completes (never exceptionally) with the attempt
     */
    public CompletableFuture<Attempt> send(String url, Duration timeout, List<String> secrets, String id, String body) {
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
            return CompletableFuture.completedFuture(new Attempt(started, null, 0, "Bad destination URL: " + e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> new Attempt(started, response == null ? null : response.statusCode(),
                        (System.nanoTime() - t0) / 1_000_000, failure == null ? null : describe(failure)));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
