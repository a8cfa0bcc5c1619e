package io.proficio.testing.webhook;

import com.sun.net.httpserver.HttpExchange;
import io.proficio.testing.http.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on a free local port. It checks each request as a Standard Webhooks receiver
 * library does (any of the space-separated {@code v1,} signatures over {@code id.timestamp.body}
 * under one of its secrets, a timestamp within five minutes) and answers with the status its script
 * gives for the n-th request. It records every request, and notes when one message id arrives while
 * a request with the same id is still being answered.
 */
public final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String webhookId, long timestamp, boolean signatureValid, JsonObject body, int answered,
                           Instant at) {
        public String type() {
            return body.getString("type");
        }
    }

    private final TestServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger concurrentSameId = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private volatile List<String> secrets = List.of();
    private volatile IntSupplier script = () -> 200;
    private volatile Duration delay = Duration.ZERO;

    private TestReceiver() {
        server = TestServer.named("test-receiver").threads(16).route("/hooks", this::handle).start();
    }

    /** A receiver that trusts no secret yet and answers 200. */
    public static TestReceiver start() {
        return new TestReceiver();
    }

    public String url() {
        return server.origin() + "/hooks/events";
    }

    /** The secrets it verifies with (any one suffices). */
    public TestReceiver trusting(String... secret) {
        secrets = List.of(secret);
        return this;
    }

    /** Answers the first {@code times} requests with {@code status}, then 200. */
    public TestReceiver failingFirst(int times, int status) {
        AtomicInteger left = new AtomicInteger(times);
        script = () -> left.getAndDecrement() > 0 ? status : 200;
        return this;
    }

    /** Answers every request with {@code status}. */
    public TestReceiver answering(int status) {
        script = () -> status;
        return this;
    }

    /** Takes this long before answering. */
    public TestReceiver slow(Duration wait) {
        delay = wait;
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException, InterruptedException {
        requests.incrementAndGet();
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        boolean first = id != null && inProgress.add(id);
        if (id != null && !first) {
            concurrentSameId.incrementAndGet();
        }
        try {
            String body = TestServer.body(exchange);
            String timestampText = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            long timestamp = timestampText == null ? 0 : Long.parseLong(timestampText);
            boolean valid = verifies(id, timestamp, body, exchange.getRequestHeaders().getFirst("webhook-signature"));
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            int status = valid ? script.getAsInt() : 401;
            received.add(new Received(id, timestamp, valid, Json.createReader(new StringReader(body)).readObject(),
                    status, Instant.now()));
            TestServer.sendEmpty(exchange, status);
        } finally {
            if (first) {
                inProgress.remove(id);
            }
            concurrent.decrementAndGet();
        }
    }

    private boolean verifies(String id, long timestamp, String body, String header) {
        if (id == null || header == null || Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return false;
        }
        for (String secret : secrets) {
            byte[] expected = sign(secret, id + "." + timestamp + "." + body);
            for (String signature : header.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Received> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    /** The requests answered 2xx, in the order they were answered. */
    public List<Received> accepted() {
        return received().stream().filter(r -> r.answered() >= 200 && r.answered() < 300).toList();
    }

    /** Waits up to {@code timeout} until the requests received satisfy {@code condition}. */
    public List<Received> await(Predicate<List<Received>> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Received> now = received();
            if (condition.test(now)) {
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The receiver did not get what was awaited within " + timeout + "; it got "
                + received().stream().map(r -> Map.of("id", r.webhookId(), "type", r.type(), "answered", r.answered()))
                .toList());
    }

    /** How many times a message arrived while the same message id was still being answered. */
    public int concurrentDeliveriesOfOneId() {
        return concurrentSameId.get();
    }

    public int maxConcurrentRequests() {
        return maxConcurrent.get();
    }

    @Override
    public void close() {
        server.close();
    }
}
