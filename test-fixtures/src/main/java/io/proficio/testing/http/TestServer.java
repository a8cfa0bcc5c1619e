package io.proficio.testing.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The skeleton of every test double here: the JDK's HTTP server on 127.0.0.1 and a free port, serving the
 * routes it was built with (by path prefix, the longest wins; 404 for any other path) from a pool of daemon
 * threads. Around each route it reads the request body once (up to {@link Builder#maxBodyBytes}, 1 MiB at
 * first), so {@link #body(HttpExchange)} can be read again; records the request when asked to; answers 500 with
 * the reason when a route fails before answering; and closes the exchange.
 *
 * <p>One per double: it holds no static state and is thread-safe. {@link #close()} stops it and its threads.
 */
public final class TestServer implements AutoCloseable {

    /** What a route does with one request; it answers through the exchange, and need not close it. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    /**
     * A request as received.
     *
     * @param uri {@code http://127.0.0.1:<port>} and the request target exactly as sent, so {@link
     *     URI#getRawQuery()} shows the client's encoding
     * @param headers a copy of the request headers; {@link Headers#getFirst} ignores case
     * @param body the body as UTF-8, as far as it was read
     */
    public record Received(String method, URI uri, Headers headers, String body, Instant at) {
    }

    /** How the server is built; {@link #start()} starts it. Not thread-safe. */
    public static final class Builder {

        private final String name;
        private final Map<String, Route> routes = new LinkedHashMap<>();
        private int threads;
        private int backlog;
        private int maxBodyBytes = 1 << 20;
        private boolean recording;
        private boolean closingConnections;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** A fixed pool of this many threads; without it, as many as there are requests at once. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be positive: " + count);
            }
            threads = count;
            return this;
        }

        /** The listen backlog; 0 (the JDK's default) at first. */
        public Builder backlog(int connections) {
            backlog = connections;
            return this;
        }

        /** The most of a request body that is read; a longer one is cut. */
        public Builder maxBodyBytes(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("maxBodyBytes must not be negative: " + bytes);
            }
            maxBodyBytes = bytes;
            return this;
        }

        /** Serves requests whose path starts with {@code pathPrefix} (e.g. {@code /}) with {@code route}. */
        public Builder route(String pathPrefix, Route route) {
            routes.put(Objects.requireNonNull(pathPrefix, "pathPrefix"), Objects.requireNonNull(route, "route"));
            return this;
        }

        /** Records every request ({@link TestServer#requests()}), on any path. */
        public Builder recordingRequests() {
            recording = true;
            return this;
        }

        /**
         * Every answer says {@code Connection: close}: one request per connection. The JDK's server keeps at most
         * 200 idle connections and closes any beyond, right after its answer and without saying so; a client
         * that reuses such a connection fails. A benchmark's hundreds of clients would meet that.
         */
        public Builder closingConnections() {
            closingConnections = true;
            return this;
        }

        /** {@link #bind()}, then {@link TestServer#start()}. */
        public TestServer start() {
            return bind().start();
        }

        /**
         * The server on its port, not serving yet: for a double that needs its port (its URLs) to finish building
         * what its routes use, and then {@link TestServer#start() starts} it.
         *
         * @throws UncheckedIOException when no port can be had
         */
        public TestServer bind() {
            try {
                return new TestServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start " + name, e);
            }
        }
    }

    /** The request body as read, which stays whole however often it is read. */
    private static final class Body extends ByteArrayInputStream {

        Body(byte[] bytes) {
            super(bytes);
        }

        String text() {
            return new String(buf, 0, count, StandardCharsets.UTF_8);
        }
    }

    private static final Logger LOG = Logger.getLogger(TestServer.class.getName());

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI origin;
    private final int maxBodyBytes;
    private final boolean recording;
    private final boolean closingConnections;
    private final List<Received> requests = new CopyOnWriteArrayList<>();

    private TestServer(Builder builder) throws IOException {
        name = builder.name;
        maxBodyBytes = builder.maxBodyBytes;
        recording = builder.recording;
        closingConnections = builder.closingConnections;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0),
                builder.backlog);
        int port = server.getAddress().getPort();
        origin = URI.create("http://127.0.0.1:" + port);
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, name + "-" + port + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = builder.threads > 0 ? Executors.newFixedThreadPool(builder.threads, threads)
                : Executors.newCachedThreadPool(threads);
        server.setExecutor(executor);
        builder.routes.forEach((prefix, route) -> server.createContext(prefix, exchange -> serve(exchange, route)));
    }

    /** Starts serving a server that was {@linkplain Builder#bind() bound}; answers it. */
    public TestServer start() {
        server.start();
        return this;
    }

    /** Starts building a server; {@code name} names its threads and its log messages. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI origin() {
        return origin;
    }

    /** Every request received so far, in arrival order; empty unless the server was built recording them. */
    public List<Received> requests() {
        return List.copyOf(requests);
    }

    /** Stops serving at once, ends the threads (interrupting routes that wait) and waits up to 5 s for them. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange, Route route) {
        String path = exchange.getRequestURI().getRawPath();
        try {
            byte[] bytes = exchange.getRequestBody().readNBytes(maxBodyBytes);
            Body body = new Body(bytes);
            exchange.setStreams(body, null);
            if (recording) {
                Headers headers = new Headers();
                headers.putAll(exchange.getRequestHeaders());
                requests.add(new Received(exchange.getRequestMethod(), URI.create(origin + exchange.getRequestURI()
                        .toString()), headers, body.text(), Instant.now()));
            }
            if (closingConnections) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            route.handle(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, name + " failed on " + exchange.getRequestMethod() + " " + path, e);
            if (exchange.getResponseCode() == -1) {
                try {
                    sendText(exchange, 500, name + " failure: " + e);
                } catch (IOException | RuntimeException unanswerable) {
                    LOG.log(Level.FINE, name + " could not answer the failure", unanswerable);
                }
            }
        } finally {
            exchange.close();
        }
    }

    // ---- reading and answering, for the routes

    /** The request body as UTF-8, whole however often it is read; empty when there is none. */
    public static String body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if (in instanceof Body body) {
            return body.text();
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Answers {@code body} with this status and Content-Type; an empty body is sent as none. */
    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** Answers this status without a body. */
    public static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    public static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text);
    }
}
