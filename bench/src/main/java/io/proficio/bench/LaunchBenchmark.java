package io.proficio.bench;

import static io.proficio.bench.BenchApi.onClients;
import static io.proficio.bench.BenchApi.seconds;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Full LTI 1.3 launches against a running Proficio, driven from the test platform: third-party
 * initiated login, the platform's authentication response, the id_token form post (every check of
 * the pipeline, the person and course roster written) and the first page. {@code bench.launches}
 * launches (after {@code bench.warmup}) from {@code bench.clients} client threads by a pool of
 * {@code bench.users} learners in {@code bench.courses} courses. Prints launches per second and the
 * p50/p90/p99 of a whole launch and of each of its steps, and how often the platform's key set was
 * fetched (it is cached). See the README's Benchmarks section.
 */
public final class LaunchBenchmark {

    private final int launches = Integer.getInteger("bench.launches", 2_000);
    private final int warmup = Integer.getInteger("bench.warmup", 300);
    private final int clients = Integer.getInteger("bench.clients", 8);
    private final int users = Integer.getInteger("bench.users", 500);
    private final int courses = Integer.getInteger("bench.courses", 20);

    public static void main(String[] args) throws Exception {
        new LaunchBenchmark().run();
    }

    private void run() throws Exception {
        BenchApi api = BenchApi.connect();
        URI tool = URI.create(api.baseUrl());
        api.useNewTenant("Launch benchmark " + Instant.now());
        try (TestPlatform platform = TestPlatform.start()) {
            JsonArrayBuilder deployments = Json.createArrayBuilder().add(platform.deploymentId());
            api.call("POST", "/api/v1/platforms", Json.createObjectBuilder().add("issuer", platform.issuer())
                    .add("clientId", platform.clientId()).add("authLoginUrl", platform.authUrl())
                    .add("tokenUrl", platform.tokenUrl()).add("jwksUrl", platform.jwksUrl())
                    .add("deploymentIds", deployments).build(), 201);
            List<LaunchSpec> learners = learners();
            System.out.printf("Launch benchmark: %,d launches (after %,d warm-up) by %d clients, %d learners in %d"
                    + " courses, against %s%n", launches, warmup, clients, users, courses, tool);

            measure(platform, tool, learners, warmup);
            Timings timings = measure(platform, tool, learners, launches);

            System.out.printf("launches:                %,d in %.1f s = %,.0f launches/s%n", launches,
                    timings.seconds, launches / timings.seconds);
            timings.print();
            System.out.printf("platform key set fetched %d time(s)%n", platform.jwksFetches());
        }
    }

    private List<LaunchSpec> learners() {
        List<LaunchSpec.Context> contexts = new ArrayList<>();
        for (int c = 0; c < courses; c++) {
            contexts.add(new LaunchSpec.Context("bench-course-" + c, "B" + c, "Benchmark course " + c));
        }
        List<LaunchSpec> specs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String sub = "bench-learner-" + u;
            LaunchSpec.Context course = contexts.get(u % courses);
            specs.add(LaunchSpec.learner().with(b -> b.sub(sub).context(course)));
        }
        return specs;
    }

    /** Runs {@code count} launches on the client threads; each launch's steps are timed. */
    private Timings measure(TestPlatform platform, URI tool, List<LaunchSpec> learners, int count) throws Exception {
        Timings timings = new Timings(count);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        onClients(clients, client -> {
            LtiBrowser browser = new LtiBrowser();
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                LaunchSpec spec = learners.get(i % learners.size());
                long t0 = System.nanoTime();
                var step = browser.login(platform, tool, spec);
                long t1 = System.nanoTime();
                LaunchResult launch = browser.complete(step);
                long t2 = System.nanoTime();
                if (launch.status() != 303) {
                    throw new IllegalStateException("Launch " + i + " refused: " + launch);
                }
                LaunchResult page = browser.get(launch.location());
                long t3 = System.nanoTime();
                if (page.status() != 200) {
                    throw new IllegalStateException("First page of launch " + i + ": " + page);
                }
                browser.clearCookies();
                timings.record(i, t1 - t0, t2 - t1, t3 - t2, t3 - t0);
            }
        });
        timings.seconds = seconds(start);
        return timings;
    }

    /** Nanoseconds per launch and step. */
    private static final class Timings {
        final long[] login;
        final long[] launch;
        final long[] page;
        final long[] total;
        double seconds;

        Timings(int count) {
            login = new long[count];
            launch = new long[count];
            page = new long[count];
            total = new long[count];
        }

        void record(int i, long loginNanos, long launchNanos, long pageNanos, long totalNanos) {
            login[i] = loginNanos;
            launch[i] = launchNanos;
            page[i] = pageNanos;
            total[i] = totalNanos;
        }

        void print() {
            line("whole launch", total);
            line("  login + platform auth", login);
            line("  id_token post (/lti/launch)", launch);
            line("  first page (/app/learner)", page);
        }

        private static void line(String what, long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("%-32s p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms%n", what, BenchApi.millisAt(sorted, 50),
                    BenchApi.millisAt(sorted, 90), BenchApi.millisAt(sorted, 99));
        }
    }
}
