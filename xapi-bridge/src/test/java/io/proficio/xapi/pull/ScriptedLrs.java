package io.proficio.xapi.pull;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.proficio.testing.http.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for an upstream LRS: a real HTTP server ({@link TestServer}) on 127.0.0.1 and an ephemeral port
 * that answers the n-th request with the n-th {@link Answer} of its script (the last one again once the script
 * runs out) and records every request as received. {@link #close()} releases answers that stall.
 */
final class ScriptedLrs implements AutoCloseable {

    /** What one request got from the server, its URI absolute and with its query as sent. */
    record Received(URI uri, Headers headers) {
    }

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, CountDownLatch released) throws IOException, InterruptedException;
    }

    private final TestServer server;
    private final List<Answer> script;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    private ScriptedLrs(List<Answer> script) {
        this.script = List.copyOf(script);
        server = TestServer.named("scripted-lrs").backlog(50).recordingRequests().route("/", this::handle).start();
    }

    static ScriptedLrs start(Answer... script) {
        return new ScriptedLrs(List.of(script));
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String origin() {
        return server.origin().toString();
    }

    /** An LRS whose endpoint is {@code origin() + path}. */
    UpstreamLrs lrs(String path, String username, String password) {
        return new UpstreamLrs(URI.create(origin() + path), username, password);
    }

    List<Received> received() {
        return server.requests().stream().map(request -> new Received(request.uri(), request.headers())).toList();
    }

    @Override
    public void close() {
        released.countDown();
        server.close();
    }

    private void handle(HttpExchange exchange) throws InterruptedException {
        int index = Math.min(next.getAndIncrement(), script.size() - 1);
        try {
            script.get(index).answer(exchange, released);
        } catch (IOException e) {
            // The client went away (it timed out): nothing left to answer.
        }
    }

    // ---- answers

    static Answer json(int status, String body) {
        return (exchange, released) -> TestServer.send(exchange, status, "application/json", body);
    }

    static Answer text(int status, String contentType, String body) {
        return (exchange, released) -> TestServer.send(exchange, status, contentType, body);
    }

    /** A StatementResult with no statements and this {@code more}. */
    static Answer page(String more) {
        return json(200, "{\"statements\":[],\"more\":\"" + more + "\"}");
    }

    /** No status line until the server is closed. */
    static Answer stallBeforeHeaders() {
        return (exchange, released) -> released.await();
    }

    /** Headers and half of a body that says it is longer, then nothing until the server is closed. */
    static Answer stallInBody() {
        return (exchange, released) -> {
            byte[] half = "{\"statements\":[".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, half.length * 2L);
            OutputStream body = exchange.getResponseBody();
            body.write(half);
            body.flush();
            released.await();
        };
    }
}
