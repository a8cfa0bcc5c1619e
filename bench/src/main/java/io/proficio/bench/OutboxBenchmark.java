package io.proficio.bench;

import static io.proficio.bench.BenchApi.array;
import static io.proficio.bench.BenchApi.millisAt;
import static io.proficio.bench.BenchApi.object;
import static io.proficio.bench.BenchApi.onClients;
import static io.proficio.bench.BenchApi.seconds;

import io.proficio.testing.webhook.TestReceiver;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox at scale, against a running Proficio: a new tenant with a framework of one domain and
 * nine skills, a webhook destination pointing at a local receiver (the system tests' Standard
 * Webhooks receiver, in this JVM, verifying every signature), and people whose evidence raises them
 * to proficiency in each skill and so in the domain: about ten {@code proficiency.achieved} events a
 * person, {@code bench.events} in all (100,000). Evidence goes in by batches from several clients
 * while the dispatcher delivers. Prints the rate events were committed at, the sustained delivery rate
 * (first to last delivery), and the delay from an event's commit (its {@code time}) to its
 * acknowledged delivery, p50 and p99; and the rate of the deliveries that came after the last commit,
 * when the dispatcher had the machine to itself.
 */
public final class OutboxBenchmark {

    private static final int SKILLS = 9;
    private final int eventsWanted = Integer.getInteger("bench.events", 100_000);
    private final int clients = Integer.getInteger("bench.clients", 2);
    private final int maxInFlight = Integer.getInteger("bench.inflight", 32);
    /** People a batch of evidence, and a client's pause after each batch: a paced load, short of the machine's limit. */
    private final int perBatch = Integer.getInteger("bench.batch", 100);
    private final long pauseMs = Long.getLong("bench.pauseMs", 0);
    private final BenchApi api;

    private OutboxBenchmark(BenchApi api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        new OutboxBenchmark(BenchApi.connect()).run();
    }

    private void run() throws Exception {
        int peopleCount = Math.max(1, eventsWanted / (SKILLS + 1));
        System.out.printf("Outbox benchmark: %,d people x %d skills (about %,d events), %d clients, %d people a batch,"
                        + " %d ms between batches, %d in flight, against %s%n",
                peopleCount, SKILLS, eventsWanted, clients, perBatch, pauseMs, maxInFlight, api.baseUrl());
        api.useNewTenant("Outbox benchmark " + Instant.now());
        String framework = object(api.call("POST", "/api/v1/frameworks", BenchApi.caseFramework(SKILLS + 1), 201)).getString("id");
        List<String> skills = new ArrayList<>();
        for (JsonObject c : array(api.call("GET", "/api/v1/competencies?limit=200&frameworkId=" + framework, null, 200))
                .getValuesAs(JsonObject.class)) {
            if (!c.getString("code").equals("B.0")) {
                skills.add(c.getString("id"));
            }
        }
        try (TestReceiver receiver = TestReceiver.start()) {
            String secret = object(api.call("POST", "/api/v1/destinations", Json.createObjectBuilder()
                    .add("type", "webhook").add("url", receiver.url()).add("maxInFlight", maxInFlight).build(), 201))
                    .getString("secret");
            receiver.trusting(secret);
            long start = System.nanoTime();
            String[] people = new String[peopleCount];
            onClients(clients, client -> {
                for (int i = client; i < peopleCount; i += clients) {
                    people[i] = object(api.call("POST", "/api/v1/people", Json.createObjectBuilder().add("name", "Person " + i)
                            .add("identifiers", Json.createArrayBuilder().add("hr:OUTBOX-" + i)).build(), 201)).getString("id");
                }
            });
            System.out.printf("people created:        %,d in %.1f s%n", peopleCount, seconds(start));

            start = System.nanoTime();
            onClients(clients, client -> {
                for (int from = client * perBatch; from < peopleCount; from += clients * perBatch) {
                    JsonArrayBuilder batch = Json.createArrayBuilder();
                    for (int p = from; p < Math.min(peopleCount, from + perBatch); p++) {
                        for (int s = 0; s < SKILLS; s++) {
                            batch.add(Json.createObjectBuilder().add("personId", people[p]).add("competencyId", skills.get(s))
                                    .add("level", 4).add("source", Json.createObjectBuilder().add("kind", "import")
                                            .add("ref", "outbox-" + p + "-" + s)));
                        }
                    }
                    api.call("POST", "/api/v1/evidence/batch", batch.build(), 200);
                    Thread.sleep(pauseMs);
                }
            });
            double committing = seconds(start);
            Instant committed = Instant.now();
            int events = countEvents();
            System.out.printf("events committed:      %,d in %.1f s = %,.0f per second (with their evidence)%n",
                    events, committing, events / committing);

            List<TestReceiver.Received> got = receiver.await(r -> r.size() >= events, Duration.ofMinutes(30));
            report(got, events, start, committed);
        }
    }

    /** The tenant's events, counted through the feed (which also checks the cursor has no gaps). */
    private int countEvents() throws Exception {
        int count = 0;
        String after = "0";
        while (true) {
            JsonObject page = object(api.call("GET", "/api/v1/events?limit=1000&after=" + after, null, 200));
            int size = page.getJsonArray("events").size();
            if (size == 0) {
                return count;
            }
            count += size;
            after = page.getString("next");
        }
    }

    private static void report(List<TestReceiver.Received> got, int events, long start, Instant committed) {
        Map<String, Integer> deliveries = new HashMap<>();
        long[] delays = new long[got.size()];
        Instant first = got.get(0).at();
        Instant last = first;
        int bad = 0;
        int afterLoad = 0;
        for (int i = 0; i < got.size(); i++) {
            TestReceiver.Received r = got.get(i);
            afterLoad += r.at().isAfter(committed) ? 1 : 0;
            deliveries.merge(r.webhookId(), 1, Integer::sum);
            delays[i] = Duration.between(Instant.parse(r.body().getString("time")), r.at()).toNanos();
            last = r.at().isAfter(last) ? r.at() : last;
            bad += r.signatureValid() ? 0 : 1;
        }
        Arrays.sort(delays);
        double span = Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf("delivered:             %,d events (%,d requests, %d bad signatures) in %.1f s from the first"
                        + " evidence batch; first to last delivery %.1f s = %,.0f deliveries per second%n",
                deliveries.size(), got.size(), bad, seconds(start), span, got.size() / Math.max(span, 0.001));
        if (afterLoad > 0) {
            double drain = Duration.between(committed, last).toMillis() / 1000.0;
            System.out.printf("after the last commit: %,d deliveries in %.1f s = %,.0f per second (delivery alone)%n",
                    afterLoad, drain, afterLoad / Math.max(drain, 0.001));
        }
        System.out.printf("commit -> delivery:    p50 %,.0f ms  p99 %,.0f ms  max %,.0f ms%n",
                millisAt(delays, 50), millisAt(delays, 99), delays[delays.length - 1] / 1e6);
        if (deliveries.size() != events) {
            System.out.printf("MISSING: %,d events were not delivered%n", events - deliveries.size());
        }
    }
}
