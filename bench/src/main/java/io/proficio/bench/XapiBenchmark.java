package io.proficio.bench;

import static io.proficio.bench.BenchApi.array;
import static io.proficio.bench.BenchApi.millisAt;
import static io.proficio.bench.BenchApi.object;
import static io.proficio.bench.BenchApi.onClients;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The xAPI statements resource under load, against a running Proficio: {@code bench.clients} clients
 * post statements for {@code bench.seconds} seconds in batches of each size of {@code bench.batches}
 * (default 1, 10 and 100). Half the statements fall under activity prefixes aligned to competencies,
 * so they become evidence; the others are kept and marked as matching no alignment. Prints statements
 * stored per second (and per five-second interval, to show whether it stays flat as the table grows),
 * the p50/p99 request latency, and the lag from a statement's 200 to its mapping, sampled ten times a
 * second by asking {@code GET /api/v1/statements/{id}}. See the README's Benchmarks section.
 */
public final class XapiBenchmark {

    private static final String ACTIVITIES = "https://bench.proficio.test/course-";
    private static final String[] VERBS = {"http://adlnet.gov/expapi/verbs/passed",
        "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/failed",
        "http://adlnet.gov/expapi/verbs/experienced"};
    private static final int COURSES = 20;
    /** Looked up once: each Json.create* call looks the provider up again, which cost this client more than the server. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final int clients = Integer.getInteger("bench.clients", 4);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int learners = Integer.getInteger("bench.learners", 2_000);
    private final int[] batchSizes = Arrays.stream(System.getProperty("bench.batches", "1,10,100").split(","))
            .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private BenchApi api;
    private String basic;
    private long posted;

    public static void main(String[] args) throws Exception {
        new XapiBenchmark().run();
    }

    private void run() throws Exception {
        api = BenchApi.connect();
        api.useNewTenant("xAPI benchmark " + Instant.now());
        alignHalfTheCourses();
        JsonObject source = object(api.call("POST", "/api/v1/xapi-sources",
                JSON.createObjectBuilder().add("name", "Benchmark LRS").build(), 201));
        basic = "Basic " + Base64.getEncoder().encodeToString((source.getString("key") + ":" + source.getString("secret"))
                .getBytes(StandardCharsets.UTF_8));
        System.out.printf("xAPI benchmark: %d clients, %d s per batch size, %d learners, against %s%n",
                clients, seconds, learners, api.baseUrl());
        for (int size : batchSizes) {
            phase(size);
        }
    }

    /** Courses 0..9 are aligned by activity-IRI prefix, one competency each; courses 10..19 are not. */
    private void alignHalfTheCourses() throws Exception {
        String framework = object(api.call("POST", "/api/v1/frameworks", BenchApi.caseFramework(COURSES), 201))
                .getString("id");
        List<JsonObject> competencies = array(api.call("GET", "/api/v1/competencies?limit=200&frameworkId=" + framework,
                null, 200)).getValuesAs(JsonObject.class);
        for (int course = 0; course < COURSES / 2; course++) {
            api.call("POST", "/api/v1/alignments", JSON.createObjectBuilder()
                    .add("competencyId", competencies.get(course).getString("id")).add("level", 3)
                    .add("content", JSON.createObjectBuilder().add("type", "xapi-activity-prefix")
                            .add("ref", ACTIVITIES + course + "/"))
                    .build(), 201);
        }
    }

    private void phase(int batchSize) throws Exception {
        long[][] latencies = new long[clients][];
        int[] requests = new int[clients];
        int intervals = (int) (seconds * 1_000_000_000L / INTERVAL_NANOS) + 1;
        AtomicLongArray storedPerInterval = new AtomicLongArray(intervals);
        LagSampler lag = new LagSampler();
        Thread sampler = new Thread(lag::poll, "lag-sampler");
        sampler.start();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        onClients(clients, client -> {
            Random random = new Random(client * 7919L + batchSize);
            long[] mine = new long[1 << 16];
            int n = 0;
            while (System.nanoTime() < end) {
                List<String> ids = new ArrayList<>(batchSize);
                String body = batch(random, batchSize, ids);
                long sent = System.nanoTime();
                post(body);
                long acknowledged = System.nanoTime();
                if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                }
                mine[n++] = acknowledged - sent;
                storedPerInterval.addAndGet((int) Math.min(intervals - 1, (acknowledged - start) / INTERVAL_NANOS), batchSize);
                lag.offer(ids.get(ids.size() - 1), acknowledged);
            }
            latencies[client] = Arrays.copyOf(mine, n);
            requests[client] = n;
        });
        double elapsed = (System.nanoTime() - start) / 1e9;
        lag.finish();
        sampler.join();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        long statements = (long) all.length * batchSize;
        System.out.printf("%nbatches of %d: %,d statements in %,d requests in %.1f s = %,.0f statements/s stored"
                        + " (table had %,d rows of this run before)%n",
                batchSize, statements, all.length, elapsed, statements / elapsed, posted);
        System.out.printf("  request latency          p50 %6.1f ms  p99 %6.1f ms%n", millisAt(all, 50), millisAt(all, 99));
        StringBuilder series = new StringBuilder();
        for (int i = 0; i < intervals && i * INTERVAL_NANOS < elapsed * 1e9; i++) {
            series.append(String.format(" %,.0f", storedPerInterval.get(i) / (INTERVAL_NANOS / 1e9)));
        }
        System.out.println("  statements/s per 5 s    " + series);
        lag.print();
        posted += statements;
    }

    private String batch(Random random, int size, List<String> ids) {
        JsonArrayBuilder batch = JSON.createArrayBuilder();
        for (int i = 0; i < size; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            batch.add(statement(random, id));
        }
        return batch.build().toString();
    }

    private JsonObject statement(Random random, String id) {
        int learner = random.nextInt(learners);
        String verb = VERBS[random.nextInt(VERBS.length)];
        JsonObjectBuilder statement = JSON.createObjectBuilder().add("id", id)
                .add("actor", JSON.createObjectBuilder().add("objectType", "Agent").add("name", "Learner " + learner)
                        .add("mbox", "mailto:learner-" + learner + "@bench.proficio.test"))
                .add("verb", JSON.createObjectBuilder().add("id", verb)
                        .add("display", JSON.createObjectBuilder().add("en-US", verb.substring(verb.lastIndexOf('/') + 1))))
                .add("object", JSON.createObjectBuilder().add("objectType", "Activity")
                        .add("id", ACTIVITIES + random.nextInt(COURSES) + "/activity-" + random.nextInt(50))
                        .add("definition", JSON.createObjectBuilder()
                                .add("name", JSON.createObjectBuilder().add("en-US", "Benchmark activity"))))
                .add("context", JSON.createObjectBuilder().add("registration", UUID.randomUUID().toString()))
                .add("timestamp", Instant.now().toString());
        if (!verb.endsWith("experienced")) {
            double scaled = Math.round(random.nextDouble() * 100) / 100.0;
            statement.add("result", JSON.createObjectBuilder().add("success", !verb.endsWith("failed"))
                    .add("completion", true).add("score", JSON.createObjectBuilder().add("scaled", scaled)));
        }
        return statement.build();
    }

    private void post(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/xapi/statements"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", basic)
                .header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /xapi/statements answered " + response.statusCode() + ": " + response.body());
        }
    }

    private record Sample(String id, long acknowledgedNanos) {
    }

    /**
     * The lag from acknowledgement to mapping: at most ten statements a second are followed, each asked
     * about every 20 ms until its mapping status is no longer {@code queued}.
     */
    private final class LagSampler {

        private final ConcurrentLinkedQueue<Sample> pending = new ConcurrentLinkedQueue<>();
        private final AtomicLong lastSample = new AtomicLong();
        private final List<Long> lags = new ArrayList<>();
        private volatile boolean finished;
        private double drainSeconds;

        void offer(String id, long acknowledgedNanos) {
            long last = lastSample.get();
            if (acknowledgedNanos - last >= 100_000_000L && lastSample.compareAndSet(last, acknowledgedNanos)) {
                pending.add(new Sample(id, acknowledgedNanos));
            }
        }

        void finish() {
            finished = true;
        }

        void poll() {
            long finishedAt = 0;
            try {
                while (true) {
                    Sample sample = pending.peek();
                    if (sample == null) {
                        if (finished) {
                            drainSeconds = finishedAt == 0 ? 0 : (System.nanoTime() - finishedAt) / 1e9;
                            return;
                        }
                        Thread.sleep(20);
                        continue;
                    }
                    if (finished && finishedAt == 0) {
                        finishedAt = System.nanoTime();
                    }
                    String status = object(api.call("GET", "/api/v1/statements/" + sample.id(), null, 200)).getString("mapping");
                    if ("queued".equals(status)) {
                        Thread.sleep(20);
                        continue;
                    }
                    lags.add(System.nanoTime() - sample.acknowledgedNanos());
                    pending.poll();
                }
            } catch (Exception e) {
                throw new IllegalStateException("lag sampling failed", e);
            }
        }

        void print() {
            long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  ack -> mapped lag        p50 %6.0f ms  p99 %6.0f ms  max %6.0f ms (%d samples;"
                            + " last sample mapped %.1f s after the load stopped)%n",
                    millisAt(sorted, 50), millisAt(sorted, 99), millisAt(sorted, 100), sorted.length, drainSeconds);
        }
    }
}
