package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamLrsClientTest {

    private static final String USER = "proficio";
    private static final String PASSWORD = "pa55:wörd s3cret";
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration READ = Duration.ofMillis(400);
    private static final String EMPTY = "{\"statements\":[],\"more\":\"\"}";

    private final UpstreamLrsClient client = UpstreamLrsClient.create(CONNECT, READ);

    static Stream<Arguments> activityIris() {
        return Stream.of(
                Arguments.of("http://example.com/course?id=7&part=2#intro",
                        "http%3A%2F%2Fexample.com%2Fcourse%3Fid%3D7%26part%3D2%23intro"),
                Arguments.of("http://example.com/course one/Übung ✓",
                        "http%3A%2F%2Fexample.com%2Fcourse%20one%2F%C3%9Cbung%20%E2%9C%93"),
                Arguments.of("http://example.com/a+b*c~d_e.f-g", "http%3A%2F%2Fexample.com%2Fa%2Bb%2Ac~d_e.f-g"),
                Arguments.of("urn:x:100%;v=1", "urn%3Ax%3A100%25%3Bv%3D1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activityIris")
    void encodesTheActivityIriAsOneQueryValue(String activity, String encoded) throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, EMPTY))) {
            client.first(lrs.lrs("/xapi/", USER, PASSWORD),
                    new UpstreamQuery(Optional.empty(), Optional.of(activity), Optional.empty(), 10));

            String query = lrs.received().get(0).uri().getRawQuery();
            assertEquals("activity=" + encoded + "&limit=10&ascending=true", query);
            String sent = query.substring("activity=".length(), query.indexOf("&limit="));
            assertEquals(activity, URLDecoder.decode(sent, StandardCharsets.UTF_8));
        }
    }

    @Test
    void sendsEveryFilterEncodedAndAlwaysAscending() throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, EMPTY))) {
            client.first(lrs.lrs("/xapi/", USER, PASSWORD), new UpstreamQuery(
                    Optional.of(Instant.parse("2024-03-01T10:15:30.123456Z")),
                    Optional.of("http://example.com/a b"), Optional.of("http://adlnet.gov/expapi/verbs/passed"), 0));

            assertEquals("since=2024-03-01T10%3A15%3A30.123Z&activity=http%3A%2F%2Fexample.com%2Fa%20b"
                    + "&verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fpassed&limit=0&ascending=true",
                    lrs.received().get(0).uri().getRawQuery());
        }
    }

    @Test
    void sendsBasicCredentialsTheVersionAndAcceptHeaders() throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, EMPTY))) {
            client.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(5));

            var headers = lrs.received().get(0).headers();
            String credentials = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            assertAll(
                    () -> assertEquals(List.of("Basic " + credentials), headers.get("Authorization")),
                    () -> assertEquals(List.of("1.0.3"), headers.get("X-experience-api-version")),
                    () -> assertEquals(List.of("application/json"), headers.get("Accept")));
        }
    }

    @ParameterizedTest(name = "endpoint path ''{0}'' -> {1}")
    @CsvSource({"/lrs/xapi/, /lrs/xapi/statements", "/lrs/xapi, /lrs/xapi/statements", "/, /statements",
        "'', /statements"})
    void asksTheStatementResourceBelowTheEndpoint(String endpointPath, String statementsPath) throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, EMPTY))) {
            client.first(lrs.lrs(endpointPath, USER, PASSWORD), UpstreamQuery.all(5));

            assertEquals(statementsPath, lrs.received().get(0).uri().getRawPath());
        }
    }

    @Test
    void givesTheStatementsAsTheLrsSentThem() throws Exception {
        String statement = "{\"id\":\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\",\"actor\":{\"mbox\":\"mailto:a@example.com\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"},\"object\":{\"id\":\"http://example.com/a\"},"
                + "\"result\":{\"score\":{\"raw\":7}}}";
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200,
                "{\"statements\":[" + statement + "],\"more\":\"/xapi/statements?page=2\"}"))) {
            StatementPage page = client.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(1));

            JsonObject expected = Json.createReader(new StringReader(statement)).readObject();
            assertEquals(List.of(expected), page.statements());
            assertEquals(Optional.of("/xapi/statements?page=2"), page.more());
            assertFalse(page.statements().get(0).getJsonObject("result").getJsonObject("score").containsKey("scaled"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "absolute URL on the endpoint's origin | {origin}/lrs/xapi/statements?cursor=p2 | /lrs/xapi/statements?cursor=p2",
        "path from the host's root          | /lrs/xapi/statements?cursor=p2          | /lrs/xapi/statements?cursor=p2",
        "root path of another prefix (ADL)  | /xapi/statements/more/abc               | /xapi/statements/more/abc",
        "relative to the endpoint           | statements?cursor=p2                    | /lrs/xapi/statements?cursor=p2",
        "relative path below the endpoint   | more/p2                                 | /lrs/xapi/more/p2",
        "encoded query kept as sent         | /lrs/xapi/statements?since=2024-01-01T00%3A00%3A00Z&c=a%2Bb%20c | /lrs/xapi/statements?since=2024-01-01T00%3A00%3A00Z&c=a%2Bb%20c"})
    void followsMoreWhereverItIsRelativeTo(String style, String more, String requested) throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, EMPTY))) {
            UpstreamLrs upstream = lrs.lrs("/lrs/xapi/", USER, PASSWORD);

            client.next(upstream, more.replace("{origin}", lrs.origin()));

            URI uri = lrs.received().get(0).uri();
            assertEquals(requested, uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            assertTrue(lrs.received().get(0).headers().containsKey("Authorization"));
        }
    }

    @Test
    void walksThePagesUntilMoreIsEmpty() throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(
                ScriptedLrs.json(200, "{\"statements\":[{\"id\":\"1\"}],\"more\":\"/lrs/xapi/statements?p=2\"}"),
                ScriptedLrs.json(200, "{\"statements\":[{\"id\":\"2\"}],\"more\":\"statements?p=3\"}"),
                ScriptedLrs.json(200, "{\"statements\":[{\"id\":\"3\"}],\"more\":\"\"}"))) {
            UpstreamLrs upstream = lrs.lrs("/lrs/xapi", USER, PASSWORD);

            StatementPage page = client.first(upstream, UpstreamQuery.all(1));
            StringBuilder ids = new StringBuilder(page.statements().get(0).getString("id"));
            while (page.more().isPresent()) {
                page = client.next(upstream, page.more().get());
                ids.append(page.statements().get(0).getString("id"));
            }

            assertEquals("123", ids.toString());
            assertEquals(3, lrs.received().size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"statements\":[],\"more\":\"\"}", "{\"statements\":[],\"more\":null}", "{\"statements\":[]}"})
    void hasNoMoreWhenMoreIsEmptyNullOrAbsent(String body) throws Exception {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, body))) {
            assertEquals(Optional.empty(), client.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(5)).more());
        }
    }

    @Test
    void sendsNothingWhenMoreLeadsToAnotherOrigin() {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.json(200, EMPTY))) {
            UpstreamFailure failure = assertThrows(UpstreamFailure.class,
                    () -> client.next(lrs.lrs("/xapi/", USER, PASSWORD), "http://lrs.attacker.example/xapi/statements?p=2"));

            assertEquals(UpstreamFailure.Kind.MALFORMED, failure.kind());
            assertEquals(List.of(), lrs.received());
        }
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 400, 401, 403, 404, 302})
    void failsWithTheStatusOfAnAnswerOutside2xx(int status) {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.text(status, "text/plain", "no: " + PASSWORD))) {
            UpstreamFailure failure = assertThrows(UpstreamFailure.class,
                    () -> client.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(5)));

            assertEquals(UpstreamFailure.Kind.STATUS, failure.kind());
            assertEquals(OptionalInt.of(status), failure.status());
            assertTrue(failure.getMessage().contains(Integer.toString(status)), failure.getMessage());
            assertKeepsCredentialsOut(failure);
        }
    }

    static Stream<Arguments> notStatementResults() {
        return Stream.of(
                Arguments.of("text/html", "<html><body>Log in</body></html>"),
                Arguments.of("application/json", ""),
                Arguments.of("application/json", "{\"statements\":[]"),
                Arguments.of("application/json", "[]"),
                Arguments.of("application/json", "{}"),
                Arguments.of("application/json", "{\"statements\":{}}"),
                Arguments.of("application/json", "{\"statements\":[\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"]}"),
                Arguments.of("application/json", "{\"statements\":[],\"more\":2}"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("notStatementResults")
    void failsOnA2xxAnswerThatIsNotAStatementResult(String contentType, String body) {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.text(200, contentType, body))) {
            UpstreamFailure failure = assertThrows(UpstreamFailure.class,
                    () -> client.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(5)));

            assertEquals(UpstreamFailure.Kind.MALFORMED, failure.kind());
            assertEquals(OptionalInt.of(200), failure.status());
            assertKeepsCredentialsOut(failure);
        }
    }

    static Stream<Arguments> stalls() {
        return Stream.of(Arguments.of("before the headers", ScriptedLrs.stallBeforeHeaders()),
                Arguments.of("in the middle of the body", ScriptedLrs.stallInBody()));
    }

    @ParameterizedTest(name = "stalls {0}")
    @MethodSource("stalls")
    void timesOutWithinTheReadTimeoutWhenTheLrsStalls(String where, ScriptedLrs.Answer stall) {
        try (ScriptedLrs lrs = ScriptedLrs.start(stall)) {
            long start = System.nanoTime();
            UpstreamFailure failure = assertThrows(UpstreamFailure.class,
                    () -> client.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(5)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(UpstreamFailure.Kind.TIMEOUT, failure.kind());
            assertEquals(OptionalInt.empty(), failure.status());
            assertTrue(took.compareTo(READ) >= 0, "gave up after " + took);
            // The read timeout bounds the whole exchange; the rest is slack for a busy machine.
            assertTrue(took.compareTo(READ.plus(Duration.ofSeconds(2))) < 0, "gave up only after " + took);
            assertKeepsCredentialsOut(failure);
        }
    }

    @Test
    void failsWithoutStatusWhenNothingListens() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        UpstreamLrs nowhere = new UpstreamLrs(URI.create("http://127.0.0.1:" + port + "/xapi/"), USER, PASSWORD);

        UpstreamFailure failure = assertThrows(UpstreamFailure.class, () -> client.first(nowhere, UpstreamQuery.all(5)));

        assertEquals(UpstreamFailure.Kind.IO, failure.kind());
        assertEquals(OptionalInt.empty(), failure.status());
        assertKeepsCredentialsOut(failure);
    }

    @Test
    void restoresTheInterruptFlagWhenInterruptedWhileWaiting() {
        try (ScriptedLrs lrs = ScriptedLrs.start(ScriptedLrs.stallBeforeHeaders())) {
            UpstreamLrsClient patient = new UpstreamLrsClient(HttpClient.newHttpClient(), Duration.ofMinutes(1));
            Thread.currentThread().interrupt();
            try {
                UpstreamFailure failure = assertThrows(UpstreamFailure.class,
                        () -> patient.first(lrs.lrs("/xapi/", USER, PASSWORD), UpstreamQuery.all(5)));

                assertEquals(UpstreamFailure.Kind.INTERRUPTED, failure.kind());
                assertTrue(Thread.currentThread().isInterrupted());
            } finally {
                Thread.interrupted();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT-1S"})
    void refusesAReadTimeoutThatIsNotPositive(String timeout) {
        assertThrows(IllegalArgumentException.class,
                () -> new UpstreamLrsClient(HttpClient.newHttpClient(), Duration.parse(timeout)));
    }

    @Test
    void refusesAnEmptyMore() {
        UpstreamLrs lrs = new UpstreamLrs(URI.create("http://127.0.0.1:9/xapi/"), USER, PASSWORD);
        assertThrows(IllegalArgumentException.class, () -> client.next(lrs, ""));
    }

    private static void assertKeepsCredentialsOut(UpstreamFailure failure) {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains(PASSWORD) || message.contains("s3cret") || message.contains(basic), message);
        }
    }
}
