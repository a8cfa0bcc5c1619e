package io.proficio.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.proficio.testing.lrs.MoreStyle;
import io.proficio.testing.lrs.TestLrs;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pulling statements from an upstream LRS, a {@link TestLrs} over real HTTP: every statement taken across
 * pages and tied stored times, resuming after the checkpoint with {@code since} one millisecond before it,
 * backing off while the LRS fails and recovering, every style of {@code more} link, bad registrations
 * refused, tenants apart.
 *
 * <p>The puller looks every 2 s; a test asks for a poll ({@code POST …/poll}) and waits up to 30 s for its
 * effect. Upstreams are registered with a poll interval of an hour, so no regular poll runs while a test
 * watches; each test removes its upstreams before its LRS stops.
 */
@ExtendWith(ArquillianExtension.class)
class XapiPullIT {

    private static final String USER = "proficio-puller";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    Api admin;
    String password;
    TestLrs lrs;
    final List<String> registered = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void tenantAndLrs() {
        admin = Api.newTenant();
        password = "pw-" + UUID.randomUUID();
        lrs = TestLrs.start(USER, password);
    }

    @AfterEach
    void removeUpstreamsThenStopTheLrs() {
        try {
            registered.forEach(id -> admin.request().delete("/api/v1/xapi-upstreams/" + id));
        } finally {
            lrs.close();
        }
    }

    @Test
    void pullsEveryStatementAcrossPagesAndTiedStoredTimes() {
        lrs.moreStyle(MoreStyle.ABSOLUTE);
        lrs.maxPageSize(50);
        List<JsonObject> added = addInTiedTriples(230, T0);

        String id = register("Corporate LRS");
        poll(id);
        Map<String, Object> upstream = await(id, u -> pulled(u) == 230, "pulled 230 statements");

        JsonObject last = lrs.statements().get(229);
        assertEquals(Instant.parse(last.getString("stored")), checkpointStored(upstream));
        assertEquals(last.getString("id"), checkpoint(upstream).get("id"));
        assertEquals(0, ((Number) upstream.get("failures")).intValue());
        assertTrue(lrs.requests().stream().anyMatch(uri -> uri.getRawQuery() != null && uri.getRawQuery().contains("after=")),
                "the absolute more links were followed");

        Map<String, String> reader = readerSource();
        for (JsonObject statement : added) {
            xapi(reader).queryParam("statementId", statement.getString("id")).get("/statements").then().statusCode(200)
                    .body("id", equalTo(statement.getString("id")))
                    .body("object.id", equalTo(statement.getJsonObject("object").getString("id")));
        }
        xapi(reader).queryParam("statementId", added.get(0).getString("id")).get("/statements").then()
                .body("authority.name", equalTo("Upstream: Corporate LRS"));
    }

    @Test
    void resumesSinceOneMillisecondBeforeItsCheckpointAndTakesOnlyTheNewStatements() {
        addInTiedTriples(230, T0);
        String id = register("Resuming LRS");
        poll(id);
        await(id, u -> pulled(u) == 230, "pulled 230 statements");
        Map<String, Object> idle = await(id, XapiPullIT::idle, "done with its runs");
        Instant checkpoint = checkpointStored(idle);
        int requestsBefore = lrs.requestCount();

        List<JsonObject> added = new ArrayList<>();
        added.add(lrs.add(statement(900), checkpoint));
        added.add(lrs.add(statement(901), checkpoint));
        for (int i = 2; i < 20; i++) {
            added.add(lrs.add(statement(900 + i), checkpoint.plusMillis(1 + i / 2)));
        }
        poll(id);
        await(id, u -> pulled(u) == 250, "pulled the 20 new statements");
        Map<String, Object> done = await(id, XapiPullIT::idle, "done with its runs");

        assertEquals(250, pulled(done), "only the new statements are new to Proficio");
        URI first = lrs.requests().get(requestsBefore);
        String since = SINCE.format(checkpoint.minusMillis(1)).replace(":", "%3A");
        assertTrue(first.getRawQuery().startsWith("since=" + since + "&"), first.toString());
        JsonObject last = lrs.statements().get(lrs.statements().size() - 1);
        assertEquals(Instant.parse(last.getString("stored")), checkpointStored(done));
        Map<String, String> reader = readerSource();
        for (JsonObject statement : added) {
            xapi(reader).queryParam("statementId", statement.getString("id")).get("/statements").then().statusCode(200);
        }
    }

    @Test
    void backsOffWhileTheLrsFailsAndRecovers() throws InterruptedException {
        addInTiedTriples(10, T0);
        lrs.failNext(3, 503);

        String id = register("Flaky LRS");
        Map<String, Object> failing = await(id, u -> failures(u) >= 1, "failing");
        String lastError = (String) failing.get("lastError");
        assertTrue(lastError.contains("503"), lastError);
        assertFalse(lastError.contains(password), "the password is never in an error");
        assertTrue(Instant.parse((String) failing.get("nextPollAt")).isAfter(Instant.now().plus(Duration.ofMinutes(30))),
                "a failed upstream of hourly polls backs off for about an hour: " + failing.get("nextPollAt"));

        Instant deadline = Instant.now().plus(WAIT);
        Map<String, Object> upstream = failing;
        while (!(pulled(upstream) == 10 && failures(upstream) == 0)) {
            if (Instant.now().isAfter(deadline)) {
                fail("The upstream did not recover within 30 s: " + upstream);
            }
            poll(id);
            Thread.sleep(1_000);
            upstream = upstream(id);
        }
        assertFalse(admin.request().get("/api/v1/xapi-upstreams/" + id).asString().contains(password));
    }

    @ParameterizedTest
    @EnumSource(value = MoreStyle.class, names = {"HOST_RELATIVE", "ENDPOINT_RELATIVE"})
    void followsEveryStyleOfMoreLink(MoreStyle style) {
        lrs.moreStyle(style);
        lrs.maxPageSize(20);
        addInTiedTriples(70, T0);

        String id = register("LRS writing " + style);
        poll(id);
        Map<String, Object> upstream = await(id, u -> pulled(u) == 70, "pulled 70 statements");

        assertEquals(0, failures(upstream));
        List<URI> requests = lrs.requests();
        assertTrue(requests.size() >= 4, "four pages of 20: " + requests);
        requests.forEach(uri -> assertEquals("/lrs/xapi/statements", uri.getRawPath(), uri.toString()));
    }

    @Test
    void anUpdateWithoutPasswordKeepsItAndANewFilterStartsOver() {
        addInTiedTriples(5, T0);
        String id = register("Filtered LRS");
        await(id, u -> pulled(u) == 5, "pulled 5 statements");
        await(id, XapiPullIT::idle, "done with its runs");

        Map<String, Object> change = new HashMap<>(Map.of("name", "Filtered LRS", "endpoint", lrs.endpoint().toString(),
                "username", USER, "verb", PASSED, "pollSeconds", 3600));
        admin.request().body(change).put("/api/v1/xapi-upstreams/" + id).then().statusCode(200)
                .body("verb", equalTo(PASSED)).body("checkpoint", nullValue()).body("pulled", equalTo(5));
        poll(id);
        Map<String, Object> again = await(id, u -> u.get("checkpoint") != null && idle(u), "pulled again");

        assertEquals(0, failures(again), "the kept password still signs in: " + again);
        assertEquals(5, pulled(again), "statements held already are no change");
        assertTrue(lrs.requests().stream().anyMatch(uri -> String.valueOf(uri.getRawQuery()).contains("verb=")));

        String sourceId = (String) again.get("sourceId");
        admin.request().delete("/api/v1/xapi-upstreams/" + id).then().statusCode(204);
        registered.remove(id);
        admin.request().get("/api/v1/xapi-upstreams/" + id).then().statusCode(404);
        admin.request().get("/api/v1/xapi-sources").then()
                .body("find { it.id == '" + sourceId + "' }.revokedAt", notNullValue());
    }

    @Test
    void refusesABadRegistrationWholeAndKeepsTenantsApart() {
        admin.request().body(Map.of("name", "Bad", "endpoint", "ftp://x", "username", USER, "pollSeconds", 1))
                .post("/api/v1/xapi-upstreams").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("invalid-request"))
                .body("errors.pointer", hasItems("/endpoint", "/password", "/pollSeconds"))
                .body("errors", hasSize(3));
        admin.request().body(Map.of("name", "No body fields")).post("/api/v1/xapi-upstreams").then().statusCode(422)
                .body("errors.pointer", hasItems("/endpoint", "/username", "/password"));
        admin.request().get("/api/v1/xapi-upstreams").then().statusCode(200).body("", hasSize(0));
        admin.request().get("/api/v1/xapi-sources").then().body("", hasSize(0));

        String id = register("Ours");
        Api other = Api.newTenant();
        other.request().get("/api/v1/xapi-upstreams/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
        other.request().delete("/api/v1/xapi-upstreams/" + id).then().statusCode(404);
        other.request().post("/api/v1/xapi-upstreams/" + id + "/poll").then().statusCode(404);
        other.request().body(registration("Theirs")).put("/api/v1/xapi-upstreams/" + id).then().statusCode(404);
        other.request().get("/api/v1/xapi-upstreams").then().body("", hasSize(0));
        admin.request().get("/api/v1/xapi-upstreams/" + id).then().statusCode(200).body("name", equalTo("Ours"));
        admin.withScopes("integration").request().get("/api/v1/xapi-upstreams").then().statusCode(403);
    }

    // ---- helpers

    /** Registers the test LRS (hourly polls) and checks what the answer shows. */
    private String register(String name) {
        Response created = admin.request().body(registration(name)).post("/api/v1/xapi-upstreams");
        created.then().statusCode(201)
                .body("name", equalTo(name))
                .body("endpoint", equalTo(lrs.endpoint().toString()))
                .body("username", equalTo(USER))
                .body("pollSeconds", equalTo(3600))
                .body("enabled", equalTo(true))
                .body("sourceId", notNullValue())
                .body("checkpoint", nullValue())
                .body("pulled", equalTo(0))
                .body("failures", equalTo(0))
                .body("", not(hasKey("password")));
        assertFalse(created.asString().contains(password), "the password is never shown");
        String id = created.path("id");
        assertEquals(ProficioDeployment.BASE_URL + "/api/v1/xapi-upstreams/" + id, created.header("Location"));
        registered.add(id);
        return id;
    }

    private Map<String, Object> registration(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("endpoint", lrs.endpoint().toString());
        body.put("username", USER);
        body.put("password", password);
        body.put("pollSeconds", 3600);
        return body;
    }

    private void poll(String id) {
        admin.request().post("/api/v1/xapi-upstreams/" + id + "/poll").then().statusCode(202).body("id", equalTo(id));
    }

    private Map<String, Object> upstream(String id) {
        return admin.request().get("/api/v1/xapi-upstreams/" + id).then().statusCode(200).extract().as(Map.class);
    }

    /** The upstream once {@code condition} holds, polled every 250 ms for up to 30 s. */
    private Map<String, Object> await(String id, Predicate<Map<String, Object>> condition, String what) {
        Instant deadline = Instant.now().plus(WAIT);
        Map<String, Object> state = upstream(id);
        while (!condition.test(state)) {
            if (Instant.now().isAfter(deadline)) {
                fail("The upstream was not " + what + " within 30 s: " + state);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            state = upstream(id);
        }
        return state;
    }

    /**
     * No run under way and none asked for: after a run the next poll is the hourly one, while a run holds
     * the upstream for 30 minutes and a poll asked for is due now.
     */
    private static boolean idle(Map<String, Object> upstream) {
        return Instant.parse((String) upstream.get("nextPollAt")).isAfter(Instant.now().plus(Duration.ofMinutes(40)));
    }

    private static long pulled(Map<String, Object> upstream) {
        return ((Number) upstream.get("pulled")).longValue();
    }

    private static int failures(Map<String, Object> upstream) {
        return ((Number) upstream.get("failures")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> checkpoint(Map<String, Object> upstream) {
        return (Map<String, Object>) upstream.get("checkpoint");
    }

    private static Instant checkpointStored(Map<String, Object> upstream) {
        return Instant.parse((String) checkpoint(upstream).get("stored"));
    }

    /**
     * {@code n} statements whose stored times tie in threes, 10 ms apart from {@code start}: page boundaries
     * at multiples of 20 and 50 fall inside a run of ties.
     */
    private List<JsonObject> addInTiedTriples(int n, Instant start) {
        List<JsonObject> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            added.add(lrs.add(statement(i), start.plusMillis(10L * (i / 3))));
        }
        return added;
    }

    private static JsonObject statement(int n) {
        return Json.createObjectBuilder()
                .add("id", UUID.randomUUID().toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent")
                        .add("mbox", "mailto:learner" + (n % 7) + "@example.com"))
                .add("verb", Json.createObjectBuilder().add("id", PASSED)
                        .add("display", Json.createObjectBuilder().add("en-US", "passed")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity")
                        .add("id", "https://lms.example.com/activities/quiz-" + n))
                .build();
    }

    /** A source of the same tenant, to read statements back through {@code /xapi/}: its key and secret. */
    private Map<String, String> readerSource() {
        return admin.request().body(Map.of("name", "Reader")).post("/api/v1/xapi-sources")
                .then().statusCode(201).extract().as(Map.class);
    }

    /** A new request to {@code /xapi/} as {@code source}. */
    private static RequestSpecification xapi(Map<String, String> source) {
        return given().baseUri(ProficioDeployment.BASE_URL).basePath("/xapi")
                .auth().preemptive().basic(source.get("key"), source.get("secret"))
                .header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON);
    }
}
