package io.proficio.bench;

import io.proficio.testing.lms.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the benchmarks share: Proficio's API at {@code bench.url} with a bearer token (at first the
 * bootstrap token, {@code bench.token} or the data directory's {@code bootstrap-token}), and running
 * work on several client threads at once.
 */
final class BenchApi {

    // HTTP/1.1: the default HTTP/2 upgrade on plain HTTP does not survive a request of minutes on Payara.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private volatile String token;

    private BenchApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The API of the running Proficio, as its operator. */
    static BenchApi connect() throws IOException {
        return new BenchApi(System.getProperty("bench.url", "http://localhost:8080"), bootstrapToken());
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Makes a tenant for the benchmark and acts as its admin from now on. */
    void useNewTenant(String name) throws IOException, InterruptedException {
        token = object(call("POST", "/api/v1/tenants", Json.createObjectBuilder().add("name", name).build(), 201))
                .getString("token");
    }

    /**
     * Registers the test platform by hand in the current tenant ({@code POST /api/v1/platforms}): its
     * issuer, client id, endpoints and its one deployment.
     */
    void registerPlatform(TestPlatform platform) throws IOException, InterruptedException {
        call("POST", "/api/v1/platforms", Json.createObjectBuilder().add("issuer", platform.issuer())
                .add("clientId", platform.clientId()).add("authLoginUrl", platform.authUrl())
                .add("tokenUrl", platform.tokenUrl()).add("jwksUrl", platform.jwksUrl())
                .add("deploymentIds", Json.createArrayBuilder().add(platform.deploymentId())).build(), 201);
    }

    String call(String method, String path, JsonStructure body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A CASE package: a few domains, each with skills under it, {@code competencyCount} items in all. */
    static JsonObject caseFramework(int competencyCount) {
        String doc = UUID.randomUUID().toString();
        int domains = Math.max(1, competencyCount / 10);
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        String[] domainIds = new String[domains];
        for (int i = 0; i < competencyCount; i++) {
            String id = UUID.randomUUID().toString();
            boolean domain = i < domains;
            if (domain) {
                domainIds[i] = id;
            }
            items.add(Json.createObjectBuilder().add("identifier", id).add("fullStatement", "Benchmark competency " + i)
                    .add("humanCodingScheme", "B." + i).add("lastChangeDateTime", "2026-01-01T00:00:00Z"));
            associations.add(Json.createObjectBuilder().add("identifier", UUID.randomUUID().toString())
                    .add("associationType", "isChildOf").add("sequenceNumber", i)
                    .add("originNodeURI", Json.createObjectBuilder().add("identifier", id).add("uri", "urn:b:" + id).add("title", "c"))
                    .add("destinationNodeURI", Json.createObjectBuilder()
                            .add("identifier", domain ? doc : domainIds[i % domains]).add("uri", "urn:b").add("title", "p")));
        }
        return Json.createObjectBuilder()
                .add("CFDocument", Json.createObjectBuilder().add("identifier", doc).add("title", "Benchmark framework")
                        .add("creator", "Proficio benchmark").add("lastChangeDateTime", "2026-01-01T00:00:00Z"))
                .add("CFItems", items).add("CFAssociations", associations).build();
    }

    /** The p-th percentile of sorted nanosecond figures, in milliseconds. */
    static double millisAt(long[] sortedNanos, int p) {
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1);
        return sortedNanos.length == 0 ? 0 : sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** Work one client thread does, given its number. */
    @FunctionalInterface
    interface ClientWork {
        void run(int client) throws Exception;
    }

    /** Runs the work on {@code clients} threads at once and waits for all of them. */
    static void onClients(int clients, ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    work.run(client);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String bootstrapToken() throws IOException {
        String given = System.getProperty("bench.token");
        if (given != null) {
            return given;
        }
        String dataDir = System.getenv().getOrDefault("PROFICIO_DATA_DIR", System.getProperty("user.home") + "/.proficio");
        return Files.readString(Path.of(dataDir, "bootstrap-token")).strip();
    }
}
