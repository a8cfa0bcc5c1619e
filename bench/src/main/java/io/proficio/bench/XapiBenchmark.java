package io.proficio.bench;

import static io.proficio.bench.BenchApi.millisAt;
import static io.proficio.bench.BenchApi.object;
import static io.proficio.bench.BenchApi.onClients;

import jakarta.json.JsonObject;
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

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final int clients = Integer.getInteger("bench.clients", 4);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int learners = Integer.getInteger("bench.learners", 2_000);
    private final int[] batchSizes = Arrays.stream(System.getProperty("bench.batches", "1,10,100").split(","))
            .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final XapiWorkload workload = new XapiWorkload(learners);
    private BenchApi api;
    private String basic;
    private long posted;

    public static void main(String[] args) throws Exception {
        new XapiBenchmark().run();
    }

    private void run() throws Exception {
        api = BenchApi.connect();
        api.useNewTenant("xAPI benchmark " + Instant.now());
        XapiWorkload.alignHalfTheCourses(api);
        JsonObject source = object(api.call("POST", "/api/v1/xapi-sources",
                XapiWorkload.JSON.createObjectBuilder().add("name", "Benchmark LRS").build(), 201));
        basic = "Basic " + Base64.getEncoder().encodeToString((source.getString("key") + ":" + source.getString("secret"))
                .getBytes(StandardCharsets.UTF_8));
        System.out.printf("xAPI benchmark: %d clients, %d s per batch size, %d learners, against %s%n",
                clients, seconds, learners, api.baseUrl());
        for (int size : batchSizes) {
            phase(size);
        }
    }

    private void phase(int batchSize) throws Exception {
        long[][] latencies = new long[clients][];
        int[] requests = new int[clients];
        int intervals = (int) (seconds * 1_000_000_000L / INTERVAL_NANOS) + 1;
        AtomicLongArray storedPerInterval = new AtomicLongArray(intervals);
        LagSampler lag = new LagSampler(api);
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
        for (int i = 0; i < size; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return workload.batch(random, ids);
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
}
