package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: statements the server answered 200 for before it was killed with
 * SIGKILL in the middle of a stream of batches are all there after a restart, and all become
 * evidence, those still waiting in the mapping queue at the kill included. Runs in failsafe's second
 * execution, after the Arquillian suite has stopped its server, on the same Payara and database.
 */
class XapiCrashIT {

    static final String COURSE = "https://crash.example.com/course/";
    static final PayaraDomain DOMAIN = new PayaraDomain();

    @AfterAll
    static void stopServer() throws Exception {
        DOMAIN.stop();
    }

    @Test
    void statementsAcknowledgedBeforeAKillAreKeptAndAllBecomeEvidence() throws Exception {
        DOMAIN.startWithProficio();
        Api admin = Api.newTenant();
        admin.importDemoFramework();
        String competencyId = admin.request().queryParam("q", "UW.RISK.1").get("/api/v1/competencies").then()
                .extract().path("find { it.code == 'UW.RISK.1' }.id");
        admin.request().body(Map.of("competencyId", competencyId, "level", 3, "content",
                Map.of("type", "xapi-activity-prefix", "ref", COURSE))).post("/api/v1/alignments").then().statusCode(201);
        XapiCredentials source = XapiCredentials.make(admin);

        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int c = 0; c < 2; c++) {
            clients.submit(() -> postUntilKilled(source, acknowledged, killed));
        }
        while (acknowledged.size() < 600) {
            Thread.sleep(20);
        }
        String last = acknowledged.get(acknowledged.size() - 1);
        String lastStatusBeforeKill = status(admin, last);
        killed.set(true);
        DOMAIN.kill();
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals("queued", lastStatusBeforeKill, "the kill came while statements were waiting to be mapped");

        DOMAIN.startWithProficio();
        List<String> ids = List.copyOf(acknowledged);
        Map<String, Long> statuses = Map.of();
        for (int round = 0; round < 480; round++) {
            statuses = ids.stream().map(id -> status(admin, id))
                    .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
            if (!statuses.containsKey("queued")) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(Map.of("evidence", (long) ids.size()), statuses, ids.size() + " statements acknowledged");
    }

    /** Posts batches of 50 until the server is gone; keeps the ids of every batch answered 200. */
    private static void postUntilKilled(XapiCredentials source, List<String> acknowledged, AtomicBoolean killed) {
        while (!killed.get()) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int learner = (int) (Math.random() * 200);
                batch.add(Map.of("id", UUID.randomUUID().toString(),
                        "actor", Map.of("mbox", "mailto:learner-" + learner + "@crash.example.com"),
                        "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/passed"),
                        "object", Map.of("id", COURSE + "quiz-" + (int) (Math.random() * 20))));
            }
            try {
                Response response = source.request("1.0.3").body(batch).post("/statements");
                if (response.statusCode() == 200) {
                    acknowledged.addAll(response.jsonPath().getList("", String.class));
                }
            } catch (RuntimeException serverGone) {
                return;
            }
        }
    }

    private static String status(Api admin, String id) {
        Response response = admin.request().get("/api/v1/statements/" + id);
        assertEquals(200, response.statusCode(), "statement " + id + " acknowledged before the kill");
        return response.jsonPath().getString("mapping");
    }
}
