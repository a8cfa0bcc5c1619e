package io.proficio.testing.lrs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The test LRS itself, driven with the JDK's HTTP client; surefire runs it with the module's other unit tests. */
class TestLrsTest {

    private static final String USER = "proficio";
    private static final String PASSWORD = "s3cret pass";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00.000Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private final TestLrs lrs = TestLrs.start(USER, PASSWORD);

    @AfterEach
    void stop() {
        lrs.close();
    }

    @ParameterizedTest(name = "{0}, ascending={1}")
    @CsvSource({"HOST_RELATIVE, true", "ABSOLUTE, true", "ENDPOINT_RELATIVE, true",
        "HOST_RELATIVE, false", "ABSOLUTE, false", "ENDPOINT_RELATIVE, false"})
    void pagesThroughTiedStoredTimesWithoutRepeatingOrSkipping(MoreStyle style, boolean ascending) throws Exception {
        lrs.moreStyle(style);
        // Three statements share T0+1s, so the pages of two split them.
        storeWithTies();

        List<String> seen = new ArrayList<>();
        List<String> mores = new ArrayList<>();
        JsonObject page = getJson(lrs.statementsUrl() + "?limit=2&ascending=" + ascending);
        seen.addAll(ids(page));
        while (!page.getString("more").isEmpty()) {
            String more = page.getString("more");
            mores.add(more);
            page = getJson(follow(more).toString());
            seen.addAll(ids(page));
        }

        List<String> stored = List.of("a", "b", "c", "d", "e", "f", "g");
        List<String> expected = new ArrayList<>(stored);
        if (!ascending) {
            java.util.Collections.reverse(expected);
        }
        assertEquals(expected, seen);
        assertEquals(3, mores.size());
        String prefix = switch (style) {
            case ABSOLUTE -> lrs.endpoint() + "statements?";
            case HOST_RELATIVE -> "/lrs/xapi/statements?";
            case ENDPOINT_RELATIVE -> "statements?";
        };
        mores.forEach(more -> assertTrue(more.startsWith(prefix), more));
    }

    @ParameterizedTest
    @EnumSource(value = MoreStyle.class, names = {"HOST_RELATIVE", "ENDPOINT_RELATIVE"})
    void answersNotFoundToAMoreResolvedAgainstTheWrongBase(MoreStyle style) throws Exception {
        lrs.moreStyle(style);
        storeWithTies();
        String more = getJson(lrs.statementsUrl() + "?limit=2").getString("more");

        URI wrong = style == MoreStyle.HOST_RELATIVE
                ? URI.create(lrs.endpoint() + more.substring(1))
                : URI.create("http://127.0.0.1:" + lrs.endpoint().getPort() + "/" + more);

        assertEquals(404, get(wrong, Optional.of(PASSWORD), Optional.of("1.0.3")).statusCode());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ascending=true                                         | a b c d e f g",
        "''                                                     | g f e d c b a",
        "ascending=true&since=2024-05-01T08:00:01.000Z          | f g",
        "ascending=true&since=2024-05-01T08:00:00.999Z          | c d e f g",
        "ascending=true&until=2024-05-01T08:00:01Z              | a b c d e",
        "ascending=true&since=2024-05-01T09:00:00%2B01:00        | c d e f g",
        "ascending=true&verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Ffailed | b e",
        "ascending=true&activity=http%3A%2F%2Fexample.com%2Fcourse%2F2 | c d",
        "ascending=true&activity=http%3A%2F%2Fexample.com%2Fcourse%2F2"
                + "&verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fpassed | c d",
        "ascending=true&activity=http%3A%2F%2Fexample.com%2Fnone | ''"})
    void filtersByStoredTimeActivityAndVerb(String query, String expectedIds) throws Exception {
        storeWithTies();

        JsonObject page = getJson(lrs.statementsUrl() + "?" + query);

        assertEquals(expectedIds, String.join(" ", ids(page)));
        assertEquals("", page.getString("more"));
    }

    @Test
    void matchesAnActivityIriWithReservedCharactersAndKeepsTheQueryAsSent() throws Exception {
        String activity = "http://example.com/c?id=7&part=2#intro Übung";
        lrs.add(statement(activity, PASSED));
        lrs.add(statement("http://example.com/c", PASSED));
        String encoded = "http%3A%2F%2Fexample.com%2Fc%3Fid%3D7%26part%3D2%23intro%20%C3%9Cbung";

        JsonObject page = getJson(lrs.statementsUrl() + "?activity=" + encoded);

        assertEquals(1, page.getJsonArray("statements").size());
        assertEquals(activity,
                page.getJsonArray("statements").getJsonObject(0).getJsonObject("object").getString("id"));
        assertEquals("activity=" + encoded, lrs.requests().get(0).getRawQuery());
        assertEquals(lrs.statementsUrl().getRawPath(), lrs.requests().get(0).getRawPath());
    }

    @Test
    void assignsIdStoredAndTimestampWhereAbsentAndNeverTiesOnItsOwnClock() {
        List<JsonObject> stored = lrs.addAll(List.of(statement("http://example.com/1", PASSED),
                statement("http://example.com/2", PASSED), statement("http://example.com/3", PASSED)));

        for (JsonObject statement : stored) {
            assertAll(
                    () -> assertEquals(36, statement.getString("id").length()),
                    () -> assertEquals(statement.getString("stored"), statement.getString("timestamp")));
        }
        List<Instant> times = stored.stream().map(s -> Instant.parse(s.getString("stored"))).toList();
        assertTrue(times.get(0).isBefore(times.get(1)) && times.get(1).isBefore(times.get(2)), times.toString());
        assertEquals(stored, lrs.statements());
    }

    @Test
    void keepsAGivenIdAndTimestampButSetsStored() {
        JsonObject given = Json.createObjectBuilder(statement("http://example.com/1", PASSED))
                .add("id", id("a")).add("timestamp", "2020-01-01T00:00:00Z").add("stored", "1999-01-01T00:00:00Z")
                .build();

        JsonObject stored = lrs.add(given, T0);

        assertEquals(id("a"), stored.getString("id"));
        assertEquals("2020-01-01T00:00:00Z", stored.getString("timestamp"));
        assertEquals("2024-05-01T08:00:00Z", stored.getString("stored"));
        assertThrows(IllegalArgumentException.class, () -> lrs.add(given));
    }

    @ParameterizedTest(name = "limit {0} -> {1}")
    @CsvSource({"'', 3", "0, 3", "2, 2", "3, 3", "10, 3"})
    void holdsNoMoreThanTheServersPageSize(String limit, int size) throws Exception {
        lrs.maxPageSize(3);
        storeWithTies();

        JsonObject page = getJson(lrs.statementsUrl() + (limit.isEmpty() ? "" : "?limit=" + limit));

        assertEquals(size, page.getJsonArray("statements").size());
        assertNotEquals("", page.getString("more"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "wrong password", "wrong user", "garbled", "bearer"})
    void refusesARequestWithoutItsCredentials(String how) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(lrs.statementsUrl())
                .header("X-Experience-API-Version", "1.0.3");
        switch (how) {
            case "wrong password" -> request.header("Authorization", basic(USER, "nope"));
            case "wrong user" -> request.header("Authorization", basic("someone", PASSWORD));
            case "garbled" -> request.header("Authorization", "Basic !!!");
            case "bearer" -> request.header("Authorization", "Bearer " + PASSWORD);
            default -> { }
        }

        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode());
        assertEquals(Optional.of("Basic realm=\"TestLrs\""), response.headers().firstValue("WWW-Authenticate"));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({"none, 400", "0.95, 400", "2.0.0, 400", "1.0, 200", "1.0.0, 200", "1.0.3, 200"})
    void needsAnXapi10VersionHeader(String version, int status) throws Exception {
        Optional<String> header = version.equals("none") ? Optional.empty() : Optional.of(version);

        assertEquals(status, get(lrs.statementsUrl(), Optional.of(PASSWORD), header).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent=%7B%7D", "statementId=x", "since=yesterday", "since=2024-05-01T08:00:00",
        "until=soon", "limit=-1", "limit=ten", "ascending=yes", "after=garbage"})
    void refusesParametersItDoesNotServeOrCannotRead(String query) throws Exception {
        HttpResponse<String> response = get(URI.create(lrs.statementsUrl() + "?" + query), Optional.of(PASSWORD),
                Optional.of("1.0.3"));

        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    void saysItsVersionAndHowFarItIsConsistent() throws Exception {
        Instant before = Instant.now();

        HttpResponse<String> response = get(lrs.statementsUrl(), Optional.of(PASSWORD), Optional.of("1.0.3"));

        assertEquals(Optional.of("1.0.3"), response.headers().firstValue("X-Experience-API-Version"));
        Instant consistent =
                Instant.parse(response.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow());
        assertTrue(!consistent.isBefore(before.minusMillis(1)), consistent + " before " + before);
        assertEquals("{\"statements\":[],\"more\":\"\"}", response.body());
    }

    @Test
    void failsTheNextRequestsWithTheStatusGivenThenRecovers() throws Exception {
        lrs.failNext(2, 503);

        List<Integer> statuses = new ArrayList<>();
        statuses.add(get(lrs.statementsUrl(), Optional.empty(), Optional.empty()).statusCode());
        for (int i = 0; i < 2; i++) {
            statuses.add(get(lrs.statementsUrl(), Optional.of(PASSWORD), Optional.of("1.0.3")).statusCode());
        }

        assertEquals(List.of(503, 503, 200), statuses);
        assertEquals(3, lrs.requestCount());
    }

    @Test
    void stallsItsAnswersByTheDelayGiven() throws Exception {
        lrs.stall(Duration.ofMillis(300));
        long start = System.nanoTime();

        assertEquals(200, get(lrs.statementsUrl(), Optional.of(PASSWORD), Optional.of("1.0.3")).statusCode());

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 300);
    }

    @Test
    void logsEveryRequestOnAnyPathAsReceived() throws Exception {
        get(URI.create(lrs.endpoint() + "activities?activityId=a%20b"), Optional.of(PASSWORD), Optional.of("1.0.3"));
        HttpResponse<String> about = get(lrs.endpoint().resolve("about"), Optional.empty(), Optional.empty());

        assertEquals(200, about.statusCode());
        assertEquals("{\"version\":[\"1.0.3\"]}", about.body());
        assertEquals(List.of(URI.create(lrs.endpoint() + "activities?activityId=a%20b"),
                lrs.endpoint().resolve("about")), lrs.requests());
    }

    // ---- helpers

    /**
     * a, b at T0 (b failed); c, d, e tied at T0+1s (c, d on course 2; e failed); f at T0+1.5s; g at T0+2s.
     * Added out of order, so the order served is the LRS's, not the test's.
     */
    private void storeWithTies() {
        Instant t1 = T0.plusSeconds(1);
        lrs.add(withId(statement("http://example.com/course/3", FAILED), "e"), t1);
        lrs.add(withId(statement("http://example.com/course/1", PASSED), "g"), T0.plusSeconds(2));
        lrs.add(withId(statement("http://example.com/course/2", PASSED), "d"), t1);
        lrs.add(withId(statement("http://example.com/course/1", FAILED), "b"), T0);
        lrs.add(withId(statement("http://example.com/course/1", PASSED), "a"), T0);
        lrs.add(withId(statement("http://example.com/course/2", PASSED), "c"), t1);
        lrs.add(withId(statement("http://example.com/course/1", PASSED), "f"), T0.plusMillis(1500));
    }

    private static JsonObject statement(String activity, String verb) {
        return Json.createObjectBuilder()
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:learner@example.com"))
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", activity))
                .build();
    }

    private static JsonObject withId(JsonObject statement, String letter) {
        return Json.createObjectBuilder(statement).add("id", id(letter)).build();
    }

    /** A UUID that sorts as its letter does and ends with it. */
    private static String id(String letter) {
        return "00000000-0000-4000-8000-00000000000" + letter;
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).map(id -> id.substring(id.length() - 1)).collect(Collectors.toList());
    }

    /** The rule a client must follow for each style: absolute as is, {@code /…} on the host, else on the endpoint. */
    private URI follow(String more) {
        URI reference = URI.create(more);
        return reference.isAbsolute() ? reference : lrs.endpoint().resolve(reference);
    }

    private JsonObject getJson(String uri) throws IOException, InterruptedException {
        HttpResponse<String> response = get(URI.create(uri), Optional.of(PASSWORD), Optional.of("1.0.3"));
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject result = reader.readObject();
            assertTrue(result.get("more") instanceof JsonString, response.body());
            return result;
        }
    }

    private HttpResponse<String> get(URI uri, Optional<String> password, Optional<String> version)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        password.ifPresent(p -> request.header("Authorization", basic(USER, p)));
        version.ifPresent(v -> request.header("X-Experience-API-Version", v));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
