package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost, for documents too: every State document the server answered 204
 * for before it was killed with SIGKILL, in the middle of two clients' stream of PUTs, is there
 * after a restart, byte for byte with the ETag the PUT answered. Runs in failsafe's crash-safety
 * execution, after the Arquillian suite has stopped its server, on the same Payara and database.
 */
class XapiDocumentCrashIT {

    static final String ACTIVITY = "https://crash.example.com/course/documents";
    static final String AGENT = "{\"mbox\":\"mailto:learner@crash.example.com\"}";
    static final PayaraDomain DOMAIN = new PayaraDomain();

    /** A document as acknowledged: its bytes and the ETag of the answer. */
    record Acknowledged(byte[] content, String etag) {
    }

    @AfterAll
    static void stopServer() throws Exception {
        DOMAIN.stop();
    }

    @Test
    void documentsAcknowledgedBeforeAKillAreThereAfterRestart() throws Exception {
        DOMAIN.startWithProficio();
        XapiCredentials source = XapiCredentials.make(Api.newTenant());
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int c = 0; c < 2; c++) {
            long seed = c;
            clients.submit(() -> putUntilKilled(source, acknowledged, killed, new Random(seed)));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(acknowledged.size() >= 300, "only " + acknowledged.size() + " PUTs answered 204 in two minutes");
        killed.set(true);
        DOMAIN.kill();
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));

        DOMAIN.startWithProficio();
        acknowledged.forEach((stateId, sent) -> {
            Response stored = state(source, stateId).get("/activities/state");
            assertEquals(200, stored.statusCode(), "state " + stateId + " acknowledged before the kill");
            assertEquals(sent.etag(), stored.header("ETag"), stateId);
            assertArrayEquals(sent.content(), stored.asByteArray(), stateId);
        });
    }

    /** PUTs new State documents (every other one binary) until the server is gone; keeps those answered 204. */
    private static void putUntilKilled(XapiCredentials source, Map<String, Acknowledged> acknowledged,
                                       AtomicBoolean killed, Random random) {
        while (!killed.get()) {
            String stateId = UUID.randomUUID().toString();
            byte[] content = new byte[200 + random.nextInt(4000)];
            random.nextBytes(content);
            try {
                Response response = state(source, stateId).contentType("application/octet-stream").body(content)
                        .put("/activities/state");
                if (response.statusCode() == 204) {
                    acknowledged.put(stateId, new Acknowledged(content, response.header("ETag")));
                }
            } catch (RuntimeException serverGone) {
                return;
            }
        }
    }

    private static io.restassured.specification.RequestSpecification state(XapiCredentials source, String stateId) {
        return source.request("1.0.3").queryParam("activityId", ACTIVITY).queryParam("agent", AGENT)
                .queryParam("stateId", stateId);
    }
}
