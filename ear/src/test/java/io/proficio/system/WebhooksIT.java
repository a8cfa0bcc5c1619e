package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.webhook.TestReceiver;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events delivered to webhook receivers (a real HTTP server of the test's): Standard Webhooks
 * signatures, retries with the same id, per-person order, dead deliveries and replay, isolation of a
 * failing destination. The server runs two dispatch loops against its one database, so every test
 * also checks that no event is sent by two at once.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    private static final String NOW = "2026-02-01T09:00:00Z";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    /** Adds a webhook destination for the receiver, quick to retry; returns {id, secret}. */
    private static JsonPath destination(Api admin, TestReceiver receiver, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "webhook", "url", receiver.url(),
                "backoffInitialMs", 100, "backoffMaxMs", 400));
        body.putAll(settings);
        JsonPath made = admin.request().body(body).post("/api/v1/destinations").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract().jsonPath();
        receiver.trusting(made.getString("secret"));
        return made;
    }

    /** Raises a person to proficiency in {@code count} competencies: that many proficiency.achieved events (and roll-ups). */
    private static void achieve(PeopleAndEvidenceIT.Demo demo, String person, String ref, String... codes) {
        for (int i = 0; i < codes.length; i++) {
            demo.evidence(person, codes[i], 4, ref + "-" + i, NOW);
        }
    }

    private static List<String> feedIds(Api api) {
        return api.request().queryParam("limit", 1000).get("/api/v1/events").then().statusCode(200).extract()
                .jsonPath().getList("events.id");
    }

    @Test
    void signedEventsReachTheReceiverOnceEachInEachPersonsOrder() {
        try (TestReceiver receiver = TestReceiver.start()) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            destination(demo.admin(), receiver, Map.of());
            String ana = demo.person("Ana", "hr:A1");
            String ben = demo.person("Ben", "hr:B1");
            achieve(demo, ana, "exam-a", "UW.RISK.1", "UW.RISK.2", "UW.DEAL");
            achieve(demo, ben, "exam-b", "UW.RISK.1", "UW.RISK.2");

            List<String> ids = feedIds(demo.admin());
            List<TestReceiver.Received> got = receiver.await(r -> r.size() >= ids.size(), WAIT);

            assertEquals(ids.size(), got.size(), "each event once");
            assertEquals(new HashSet<>(ids), got.stream().map(TestReceiver.Received::webhookId).collect(Collectors.toSet()));
            for (TestReceiver.Received r : got) {
                assertTrue(r.signatureValid(), "signature of " + r.webhookId());
                assertEquals(r.webhookId(), r.body().getString("id"), "the webhook-id is the event id");
            }
            Map<String, List<Integer>> sequences = new HashMap<>();
            got.forEach(r -> sequences.computeIfAbsent(r.body().getString("subject"), k -> new ArrayList<>())
                    .add(r.body().getInt("sequence")));
            sequences.forEach((person, seen) -> assertEquals(seen.stream().sorted().toList(), seen,
                    "events of " + person + " arrive in their order"));
            assertEquals(0, receiver.concurrentDeliveriesOfOneId());

            String event = ids.get(0);
            demo.admin().request().queryParam("eventId", event).get("/api/v1/deliveries").then().statusCode(200)
                    .body("status", contains("delivered")).body("attempts", contains(1));
        }
    }

    @Test
    void aReceiverThatFailsAndRecoversGetsEachEventOnceWithTheSameId() {
        try (TestReceiver receiver = TestReceiver.start().failingFirst(3, 500)) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            destination(demo.admin(), receiver, Map.of("maxInFlight", 1));
            String cy = demo.person("Cy", "hr:C1");
            achieve(demo, cy, "exam-c", "UW.RISK.1");

            List<String> ids = feedIds(demo.admin());
            receiver.await(r -> Set.copyOf(r.stream().filter(x -> x.answered() == 200)
                    .map(TestReceiver.Received::webhookId).toList()).containsAll(ids), WAIT);

            List<TestReceiver.Received> got = receiver.received();
            Map<String, Long> successes = receiver.accepted().stream()
                    .collect(Collectors.groupingBy(TestReceiver.Received::webhookId, Collectors.counting()));
            ids.forEach(id -> assertEquals(1L, successes.get(id), "one success for " + id));
            String first = got.get(0).webhookId();
            assertEquals(List.of(500, 500, 500, 200), got.stream().filter(r -> r.webhookId().equals(first))
                    .map(TestReceiver.Received::answered).toList(), "retried with the same webhook-id");
            String delivery = demo.admin().request().queryParam("eventId", first).get("/api/v1/deliveries")
                    .then().extract().path("id[0]");
            demo.admin().request().get("/api/v1/deliveries/" + delivery).then().statusCode(200)
                    .body("status", equalTo("delivered")).body("attempts", equalTo(4))
                    .body("attemptLog.statusCode", contains(500, 500, 500, 200));
        }
    }

    @Test
    void aDeadDeliveryIsKeptAndReplayedWithTheSameId() {
        try (TestReceiver receiver = TestReceiver.start().answering(503)) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            destination(demo.admin(), receiver, Map.of("maxAttempts", 2));
            String di = demo.person("Di", "hr:D1");
            achieve(demo, di, "exam-d", "UW.RISK.2");
            String event = feedIds(demo.admin()).get(0);

            String dead = demo.admin().awaitDelivery(Map.of("eventId", event), "dead");
            demo.admin().request().get("/api/v1/deliveries/" + dead).then()
                    .body("attemptLog.statusCode", contains(503, 503)).body("lastError", equalTo("HTTP 503"));
            demo.admin().request().queryParam("status", "dead").get("/api/v1/deliveries").then()
                    .body("id", hasItem(dead));

            receiver.answering(200);
            demo.admin().request().post("/api/v1/deliveries/" + dead + "/replay").then().statusCode(200)
                    .body("status", equalTo("pending"));
            demo.admin().awaitDelivery(Map.of("eventId", event), "delivered");
            assertEquals(List.of(503, 503, 200), receiver.received().stream().filter(r -> r.webhookId().equals(event))
                    .map(TestReceiver.Received::answered).toList());
            demo.admin().request().post("/api/v1/deliveries/" + dead + "/replay").then().statusCode(409);
        }
    }

    @Test
    void aDestinationThatTimesOutOrIsGoneHoldsUpNoOther() {
        try (TestReceiver slow = TestReceiver.start().slow(Duration.ofSeconds(3));
             TestReceiver healthy = TestReceiver.start()) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            destination(demo.admin(), slow, Map.of("timeoutMs", 300, "maxAttempts", 50));
            demo.admin().request().body(Map.of("type", "webhook", "url", "http://127.0.0.1:9/nobody-listens"))
                    .post("/api/v1/destinations").then().statusCode(201);
            destination(demo.admin(), healthy, Map.of());
            String ed = demo.person("Ed", "hr:E1");
            achieve(demo, ed, "exam-e", "UW.RISK.1", "UW.RISK.2");

            List<String> ids = feedIds(demo.admin());
            healthy.await(r -> r.size() >= ids.size(), Duration.ofSeconds(10));
            assertTrue(healthy.received().stream().allMatch(TestReceiver.Received::signatureValid));
            demo.admin().request().queryParam("status", "pending").get("/api/v1/deliveries").then()
                    .body("lastError", hasItem(org.hamcrest.Matchers.containsString("Connect")));
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneUntilTheOverlapEnds() {
        try (TestReceiver oldOnly = TestReceiver.start(); TestReceiver newOnly = TestReceiver.start()) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            JsonPath made = destination(demo.admin(), oldOnly, Map.of());
            String id = made.getString("id");
            JsonPath rotated = demo.admin().request().post("/api/v1/destinations/" + id + "/secret").then().statusCode(200)
                    .body("secret", startsWith("whsec_")).extract().jsonPath();
            assertTrue(rotated.getString("previousSecretValidUntil") != null);
            newOnly.trusting(rotated.getString("secret"));
            demo.admin().request().body(Map.of("type", "webhook", "url", newOnly.url(), "backoffInitialMs", 100,
                    "backoffMaxMs", 400)).put("/api/v1/destinations/" + id).then().statusCode(200);
            // One destination, now at newOnly's URL: its messages must verify with the new secret alone...
            String fay = demo.person("Fay", "hr:F1");
            achieve(demo, fay, "exam-f", "UW.RISK.1");
            List<TestReceiver.Received> got = newOnly.await(r -> !r.isEmpty(), WAIT);
            assertTrue(got.get(0).signatureValid());
            // ...and, while the overlap lasts, with the old one: the same message checked by a receiver that knows only it.
            oldOnly.trusting(made.getString("secret"));
            demo.admin().request().body(Map.of("type", "webhook", "url", oldOnly.url(), "backoffInitialMs", 100,
                    "backoffMaxMs", 400)).put("/api/v1/destinations/" + id).then().statusCode(200);
            achieve(demo, fay, "exam-g", "UW.DEAL");
            assertTrue(oldOnly.await(r -> !r.isEmpty(), WAIT).get(0).signatureValid());
        }
    }

    @Test
    void refusesBadDestinationsAndTheirSecretIsNeverListed() {
        Api admin = Api.newTenant();
        admin.request().body(Map.of("type", "webhook", "url", "ftp://example.com/x")).post("/api/v1/destinations")
                .then().statusCode(422).body("errors.pointer", contains("/url"));
        admin.request().body(Map.of("type", "carrier-pigeon", "url", "https://example.com/x", "eventTypes",
                        List.of("certification.awarded", "nonsense"), "maxInFlight", 0))
                .post("/api/v1/destinations").then().statusCode(422)
                .body("errors.pointer", contains("/type", "/eventTypes/1", "/maxInFlight"));
        admin.request().body(Map.of("type", "webhook", "url", "https://example.com/hook")).post("/api/v1/destinations")
                .then().statusCode(201);
        admin.request().get("/api/v1/destinations").then().statusCode(200)
                .body("secret", contains((Object) null)).body("url", contains("https://example.com/hook"));
        admin.withScopes("integration").request().get("/api/v1/destinations").then().statusCode(403);
    }
}
