package io.proficio.testing.lrs;

import com.sun.net.httpserver.HttpExchange;
import io.proficio.testing.http.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A test double of an upstream LRS served over real HTTP on 127.0.0.1 and a random port, with endpoint
 * {@code http://127.0.0.1:<port>/lrs/xapi/}: a path prefix, so that a client which resolves a
 * {@code more} link against the wrong base asks for a path that is not there (404).
 *
 * <p>{@code GET <endpoint>statements} answers a StatementResult (xAPI 1.0.3 Communication §2.1.3, Data
 * §2.5) of the Statements a test {@linkplain #add added}, ordered by stored time then id, filtered by
 * {@code since}, {@code until}, {@code activity} and {@code verb}, {@code limit} a page (at most
 * {@link #maxPageSize}, 50 at first), descending unless {@code ascending=true}. Its {@code more} keeps the
 * query and adds the last Statement's position, so pages that split a run of tied stored times neither
 * repeat nor skip one, written in the {@link MoreStyle} a test picks. It needs HTTP Basic credentials
 * (Communication §4.0; 401 otherwise) and an {@code X-Experience-API-Version} of 1.0.x (§3.3; 400
 * otherwise), and answers with {@code X-Experience-API-Version: 1.0.3} and
 * {@code X-Experience-API-Consistent-Through}. {@code GET <endpoint>about} (§2.8) needs neither. Nothing
 * is stored over HTTP.
 *
 * <p>One per test class or test: it holds no static state, serves concurrent requests from a small thread
 * pool, and is thread-safe. {@link #close()} stops it, and ends the stalls it is in.
 */
public final class TestLrs implements AutoCloseable {

    /** The endpoint's path below the host. */
    static final String PREFIX = "/lrs/xapi/";
    private static final Pattern VERSION_1_0 = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final int THREADS = 8;

    private final TestServer server;
    private final URI endpoint;
    private final String username;
    private final String password;
    private final StatementStore store = new StatementStore();
    private volatile MoreStyle moreStyle = MoreStyle.HOST_RELATIVE;
    private volatile int maxPageSize = 50;
    private volatile Duration stall = Duration.ZERO;
    private int failuresLeft;
    private int failureStatus;

    private TestLrs(String username, String password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        server = TestServer.named("test-lrs").threads(THREADS).backlog(64).closingConnections().recordingRequests()
                .route("/", this::route).bind();
        endpoint = server.origin().resolve(PREFIX);
        server.start();
    }

    /**
     * An empty LRS that accepts these Basic credentials.
     *
     * @param username not null, without {@code :}
     * @param password not null
     */
    public static TestLrs start(String username, String password) {
        if (username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("A Basic auth username cannot contain ':'");
        }
        return new TestLrs(username, password);
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- where it is

    /** {@code http://127.0.0.1:<port>/lrs/xapi/}, with its trailing slash. */
    public URI endpoint() {
        return endpoint;
    }

    /** {@code <endpoint>statements}. */
    public URI statementsUrl() {
        return endpoint.resolve("statements");
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    // ---- what it holds (Data §2.4)

    /**
     * Stores a Statement as an LRS does: with {@code stored} set to the LRS's clock (never earlier than
     * one millisecond after the latest stored time, so Statements added one after another never tie), and
     * {@code id} and {@code timestamp} set where the Statement has none.
     *
     * @param statement not null
     * @return the Statement as stored, with its id and stored time
     * @throws IllegalArgumentException when a Statement with its id is stored already
     */
    public JsonObject add(JsonObject statement) {
        return store.add(statement, Optional.empty());
    }

    /**
     * Stores a Statement with this stored time (to the millisecond), so a test can make stored times tie.
     *
     * @param statement not null
     * @param stored not null
     * @return the Statement as stored
     * @throws IllegalArgumentException when a Statement with its id is stored already
     */
    public JsonObject add(JsonObject statement, Instant stored) {
        return store.add(statement, Optional.of(stored.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** {@link #add(JsonObject)} for each, in order; answers them as stored. */
    public List<JsonObject> addAll(Collection<JsonObject> statements) {
        return statements.stream().map(this::add).toList();
    }

    /** Every Statement stored, by stored time then id. */
    public List<JsonObject> statements() {
        return store.all();
    }

    // ---- how it pages (Communication §2.1.3)

    /** How {@code more} links are written from now on; {@link MoreStyle#HOST_RELATIVE} at first. */
    public void moreStyle(MoreStyle style) {
        moreStyle = Objects.requireNonNull(style, "style");
    }

    /** The page size for {@code limit=0} or none, and the most any page holds; 50 at first. */
    public void maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive: " + size);
        }
        maxPageSize = size;
    }

    // ---- faults

    /**
     * The next {@code n} requests for Statements answer {@code status} with a short text body, before
     * credentials are checked (as a proxy in front of an LRS would); replaces what an earlier call left.
     *
     * @param n not negative; 0 ends the failures
     * @param status the status to answer, e.g. 503
     */
    public synchronized void failNext(int n, int status) {
        if (n < 0 || status < 100 || status > 599) {
            throw new IllegalArgumentException("failNext(" + n + ", " + status + ")");
        }
        failuresLeft = n;
        failureStatus = status;
    }

    /** Every request for Statements waits this long before it is answered; {@link Duration#ZERO} at first. */
    public void stall(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative stall: " + delay);
        }
        stall = delay;
    }

    // ---- what it received

    /**
     * Every request received, on any path, in order: {@code http://127.0.0.1:<port>} and the request
     * target exactly as sent, so {@link URI#getRawQuery()} shows the client's encoding.
     */
    public List<URI> requests() {
        return server.requests().stream().map(TestServer.Received::uri).toList();
    }

    public int requestCount() {
        return server.requests().size();
    }

    // ---- serving

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(PREFIX + "statements")) {
            statements(exchange);
        } else if (path.equals(PREFIX + "about")) {
            about(exchange);
        } else {
            LrsExchanges.sendText(exchange, 404, "Not found: " + path);
        }
    }

    private void statements(HttpExchange exchange) throws IOException, InterruptedException {
        Duration delay = stall;
        if (!delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
        OptionalInt failure = takeFailure();
        if (failure.isPresent()) {
            LrsExchanges.sendText(exchange, failure.getAsInt(), "Injected failure " + failure.getAsInt());
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            LrsExchanges.sendText(exchange, 405, "This LRS serves GET statements only");
            return;
        }
        boolean signedIn = LrsExchanges.basicCredentials(exchange)
                .filter(c -> c.username().equals(username) && c.password().equals(password)).isPresent();
        if (!signedIn) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"TestLrs\"");
            LrsExchanges.sendText(exchange, 401, "Basic credentials required");
            return;
        }
        String version = exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
        if (version == null || !VERSION_1_0.matcher(version.strip()).matches()) {
            LrsExchanges.sendText(exchange, 400, "X-Experience-API-Version 1.0.x required, got " + version);
            return;
        }
        StatementsQuery query;
        try {
            query = StatementsQuery.parse(LrsExchanges.query(exchange), maxPageSize);
        } catch (StatementsQuery.Invalid e) {
            LrsExchanges.sendText(exchange, 400, e.getMessage());
            return;
        }
        StatementStore.Page page = store.page(query);
        JsonArrayBuilder statements = Json.createArrayBuilder();
        page.statements().forEach(statements::add);
        String more = page.continueAfter().map(last -> moreStyle.link(endpoint,
                "statements?" + queryContinuingAfter(exchange.getRequestURI().getRawQuery(), last))).orElse("");
        exchange.getResponseHeaders().set("X-Experience-API-Consistent-Through", Instant.now().toString());
        LrsExchanges.sendJson(exchange, 200,
                Json.createObjectBuilder().add("statements", statements).add("more", more).build());
    }

    /** The raw query as received, less any earlier {@code after}, plus {@code after=<token>}. */
    private static String queryContinuingAfter(String rawQuery, Position last) {
        StringBuilder query = new StringBuilder();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(StatementsQuery.AFTER + "=")
                        && !pair.equals(StatementsQuery.AFTER)) {
                    query.append(pair).append('&');
                }
            }
        }
        return query.append(StatementsQuery.AFTER).append('=').append(last.token()).toString();
    }

    private synchronized OptionalInt takeFailure() {
        if (failuresLeft == 0) {
            return OptionalInt.empty();
        }
        failuresLeft--;
        return OptionalInt.of(failureStatus);
    }

    private void about(HttpExchange exchange) throws IOException {
        LrsExchanges.sendJson(exchange, 200, Json.createObjectBuilder()
                .add("version", Json.createArrayBuilder().add(LrsExchanges.XAPI_VERSION)).build());
    }
}
