package io.proficio.infrastructure.webhook;

import io.proficio.domain.outbox.AttemptResult;
import io.proficio.domain.outbox.WebhookSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Posts a signed event to a webhook URL (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}). A 2xx answer is a delivery; any other answer, a time-out or a connection
 * failure is a failed attempt with what was seen. Redirects are not followed: a receiver that moved
 * must be configured anew, not followed blindly with signed data.
 *
 * <p>Each request runs on a sender thread of its own pool, which keeps idle threads for reuse: the
 * dispatcher's in-flight limits bound how many there are, and a slow receiver holds only its own.
 * Not {@code HttpClient.sendAsync}: on Java 17 it hands every response to
 * {@code CompletableFuture}'s default executor, which on a machine of one or two cores starts a new
 * thread per task; the outbox benchmark measured that thread churn as about a core's worth of CPU
 * at 700 deliveries a second.
 */
@ApplicationScoped
public class WebhookSender {

    // HTTP/1.1: receivers are plain web endpoints; asking each for an HTTP/2 upgrade gains nothing.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    @Resource
    ManagedThreadFactory threads;
    private ExecutorService senders;

    @PostConstruct
    void start() {
        senders = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

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
        return CompletableFuture.supplyAsync(() -> exchange(request, started, t0), senders);
    }

    private AttemptResult exchange(HttpRequest request, Instant started, long t0) {
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return AttemptResult.answered(started, status, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // A failed attempt either way: the returned future never completes exceptionally.
            return AttemptResult.failed(started, (System.nanoTime() - t0) / 1_000_000, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed(started, (System.nanoTime() - t0) / 1_000_000, "Interrupted: the server is stopping");
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
