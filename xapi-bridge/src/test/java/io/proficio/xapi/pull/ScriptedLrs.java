package io.proficio.xapi.pull;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for an upstream LRS: a real JDK HTTP server on 127.0.0.1 and an ephemeral port that answers
 * the n-th request with the n-th {@link Answer} of its script (the last one again once the script runs
 * out) and records every request as received. {@link #close()} releases answers that stall.
 */
final class ScriptedLrs implements AutoCloseable {

    /** What one request got from the server, its URI absolute and with its query as sent. */
    record Received(URI uri, Headers headers) {
    }

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, CountDownLatch released) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "scripted-lrs");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Answer> script;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    private ScriptedLrs(List<Answer> script) throws IOException {
        this.script = List.copyOf(script);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static ScriptedLrs start(Answer... script) {
        try {
            return new ScriptedLrs(List.of(script));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An LRS whose endpoint is {@code origin() + path}. */
    UpstreamLrs lrs(String path, String username, String password) {
        return new UpstreamLrs(URI.create(origin() + path), username, password);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.add(new Received(URI.create(origin() + exchange.getRequestURI()), exchange.getRequestHeaders()));
        int index = Math.min(next.getAndIncrement(), script.size() - 1);
        try {
            script.get(index).answer(exchange, released);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away (it timed out): nothing left to answer.
        } finally {
            exchange.close();
        }
    }

    // ---- answers

    static Answer json(int status, String body) {
        return (exchange, released) -> send(exchange, status, "application/json", body);
    }

    static Answer text(int status, String contentType, String body) {
        return (exchange, released) -> send(exchange, status, contentType, body);
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

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
