package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.webhook.TestReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing committed is lost on the way out: events whose deliveries were pending or in flight when
 * the server was killed with SIGKILL all reach the receiver after a restart, each person's in order,
 * a redelivery carrying the same {@code webhook-id}. Runs in failsafe's crash-safety execution.
 */
class DeliveryCrashIT {

    static final PayaraDomain DOMAIN = new PayaraDomain();

    @AfterAll
    static void stopServer() throws Exception {
        DOMAIN.stop();
    }

    @Test
    void eventsPendingAtAKillAreAllDeliveredAfterTheRestart() throws Exception {
        DOMAIN.startWithProficio();
        try (TestReceiver receiver = TestReceiver.start().slow(Duration.ofMillis(150))) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            String secret = demo.admin().request().body(Map.of("type", "webhook", "url", receiver.url(),
                            "maxInFlight", 2, "backoffInitialMs", 100, "backoffMaxMs", 400))
                    .post("/api/v1/destinations").then().statusCode(201).extract().path("secret");
            receiver.trusting(secret);
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (int p = 0; p < 40; p++) {
                String person = demo.person("Person " + p, "hr:K" + p);
                for (String code : List.of("UW.RISK.1", "UW.RISK.2")) {
                    evidence.add(Map.of("personId", person, "competencyId", demo.competency().get(code), "level", 4,
                            "source", Map.of("kind", "assessment", "ref", "crash-" + p + "-" + code),
                            "observedAt", "2026-03-01T08:00:00Z"));
                }
            }
            demo.admin().request().body(evidence).post("/api/v1/evidence/batch").then().statusCode(200);
            receiver.await(got -> got.size() >= 10, Duration.ofSeconds(30));
            int pendingAtKill = demo.admin().request().queryParam("status", "pending").queryParam("limit", 1000)
                    .get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath().getList("id").size();
            DOMAIN.kill();
            assertTrue(pendingAtKill > 0, "the kill came while deliveries were pending");

            DOMAIN.startWithProficio();
            List<Map<String, Object>> events = demo.admin().request().queryParam("limit", 1000).get("/api/v1/events")
                    .then().statusCode(200).extract().jsonPath().getList("events");
            Set<String> ids = events.stream().map(e -> (String) e.get("id")).collect(Collectors.toSet());
            assertTrue(ids.size() >= 80, "two levels for each of 40 people, and their roll-ups");
            receiver.await(got -> got.stream().filter(r -> r.answered() == 200).map(TestReceiver.Received::webhookId)
                    .collect(Collectors.toSet()).containsAll(ids), Duration.ofSeconds(90));

            Map<String, List<Integer>> firstAcceptances = new LinkedHashMap<>();
            Set<String> seen = new java.util.HashSet<>();
            for (TestReceiver.Received r : receiver.accepted()) {
                assertTrue(r.signatureValid());
                if (seen.add(r.webhookId())) {
                    firstAcceptances.computeIfAbsent(r.body().getString("subject"), k -> new ArrayList<>())
                            .add(r.body().getInt("sequence"));
                }
            }
            assertEquals(ids, seen, "every event delivered, none that was not an event");
            firstAcceptances.forEach((person, sequences) ->
                    assertEquals(sequences.stream().sorted().toList(), sequences, "order of " + person));
            assertEquals(0, receiver.concurrentDeliveriesOfOneId());
            Map<String, Integer> statuses = new HashMap<>();
            demo.admin().request().queryParam("limit", 1000).get("/api/v1/deliveries").then().extract().jsonPath()
                    .getList("status", String.class).forEach(s -> statuses.merge(s, 1, Integer::sum));
            assertEquals(Map.of("delivered", ids.size()), statuses);
        }
    }
}
