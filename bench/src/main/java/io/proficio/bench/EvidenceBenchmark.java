package io.proficio.bench;

import static io.proficio.bench.BenchApi.array;
import static io.proficio.bench.BenchApi.object;
import static io.proficio.bench.BenchApi.onClients;
import static io.proficio.bench.BenchApi.seconds;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The evidence engine at scale, against a running Proficio: a new tenant with a framework of
 * {@code bench.competencies} competencies, {@code bench.people} people (the first manages a team of
 * {@code bench.team}) and {@code bench.evidence} pieces of evidence, recorded through the domain
 * service in batches of 1000 ({@code POST /api/v1/evidence/batch}). Prints evidence recorded per
 * second, the time of a full recompute of the tenant from the ledger, and the time of the team's
 * skills matrix. Settings are system properties; see the README's Benchmarks section.
 */
public final class EvidenceBenchmark {

    private static final int BATCH = 1000;

    private final int peopleCount = Integer.getInteger("bench.people", 10_000);
    private final int competencyCount = Integer.getInteger("bench.competencies", 40);
    private final int evidenceCount = Integer.getInteger("bench.evidence", 1_000_000);
    private final int teamSize = Integer.getInteger("bench.team", 500);
    private final int clients = Integer.getInteger("bench.clients", 2);
    private BenchApi api;

    public static void main(String[] args) throws Exception {
        new EvidenceBenchmark().run();
    }

    private void run() throws Exception {
        api = BenchApi.connect();
        api.useNewTenant("Benchmark " + Instant.now());
        System.out.printf("Benchmark tenant: %d people x %d competencies, %d evidence rows, team of %d, against %s%n",
                peopleCount, competencyCount, evidenceCount, teamSize, api.baseUrl());

        String framework = object(api.call("POST", "/api/v1/frameworks", BenchApi.caseFramework(competencyCount), 201)).getString("id");
        List<String> competencies = new ArrayList<>();
        for (JsonObject c : array(api.call("GET", "/api/v1/competencies?limit=200&frameworkId=" + framework, null, 200))
                .getValuesAs(JsonObject.class)) {
            competencies.add(c.getString("id"));
        }

        long start = System.nanoTime();
        List<String> people = createPeople();
        System.out.printf("people created:          %,d in %.1f s (POST /api/v1/people)%n", people.size(), seconds(start));

        start = System.nanoTime();
        recordEvidence(people, competencies);
        double recordSeconds = seconds(start);
        System.out.printf("evidence recorded:       %,d in %.1f s = %,.0f per second (batches of %d, %d clients)%n",
                evidenceCount, recordSeconds, evidenceCount / recordSeconds, BATCH, clients);

        start = System.nanoTime();
        JsonObject recomputed = object(api.call("POST", "/api/v1/proficiencies/recompute", null, 200));
        System.out.printf("full recompute:          %,d people in %.1f s (server: %,d ms)%n", recomputed.getInt("people"),
                seconds(start), recomputed.getJsonNumber("millis").longValue());

        String manager = people.get(0);
        List<Double> matrixMillis = new ArrayList<>();
        int rows = 0;
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            rows = object(api.call("GET", "/api/v1/skills-matrix?managerId=" + manager, null, 200)).getJsonArray("people").size();
            matrixMillis.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> sorted = matrixMillis.stream().sorted().toList();
        System.out.printf("skills matrix (team):    %d people x %d competencies: first %.0f ms, median of 5 %.0f ms%n",
                rows, competencyCount, matrixMillis.get(0), sorted.get(2));
    }

    private List<String> createPeople() throws Exception {
        String[] ids = new String[peopleCount];
        ids[0] = createPerson(0, null);
        onClients(clients, client -> {
            for (int i = 1 + client; i < peopleCount; i += clients) {
                ids[i] = createPerson(i, i <= teamSize ? ids[0] : null);
            }
        });
        return Arrays.asList(ids);
    }

    private String createPerson(int i, String managerId) throws IOException, InterruptedException {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", "Person " + i)
                .add("identifiers", Json.createArrayBuilder().add("hr:BENCH-" + i));
        if (managerId != null) {
            body.add("managerId", managerId);
        }
        return object(api.call("POST", "/api/v1/people", body.build(), 201)).getString("id");
    }

    /** Evidence in batches of whole people (evidence per person = evidence / people), spread over the clients. */
    private void recordEvidence(List<String> people, List<String> competencies) throws Exception {
        int perPerson = Math.max(1, evidenceCount / people.size());
        int peoplePerBatch = Math.max(1, BATCH / perPerson);
        onClients(clients, client -> {
            Random random = new Random(42 + client);
            Instant epoch = Instant.parse("2024-01-01T00:00:00Z");
            for (int from = client * peoplePerBatch; from < people.size(); from += clients * peoplePerBatch) {
                JsonArrayBuilder batch = Json.createArrayBuilder();
                for (int p = from; p < Math.min(people.size(), from + peoplePerBatch); p++) {
                    for (int e = 0; e < perPerson; e++) {
                        batch.add(Json.createObjectBuilder().add("personId", people.get(p))
                                .add("competencyId", competencies.get(random.nextInt(competencies.size())))
                                .add("level", 1 + random.nextInt(5))
                                .add("source", Json.createObjectBuilder().add("kind", "import").add("ref", "b-" + p + "-" + e))
                                .add("observedAt", epoch.plusSeconds(random.nextInt(700 * 86_400)).toString()));
                    }
                }
                api.call("POST", "/api/v1/evidence/batch", batch.build(), 200);
            }
        });
    }
}
