package io.proficio.bench;

import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.time.Instant;

/**
 * Full LTI 1.3 launches against a running Proficio, driven from the test platform: third-party
 * initiated login, the platform's authentication response, the id_token form post (every check of
 * the pipeline, the person and course roster written) and the first page. {@code bench.launches}
 * launches (after {@code bench.warmup}) from {@code bench.clients} client threads by a pool of
 * {@code bench.users} learners in {@code bench.courses} courses ({@link LaunchLoad}). Prints launches
 * per second and the p50/p90/p99 of a whole launch and of each of its steps, and how often the
 * platform's key set was fetched (it is cached). See the README's Benchmarks section.
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
            api.registerPlatform(platform);
            LaunchLoad load = new LaunchLoad(platform, LaunchTarget.proficio(tool), LaunchLoad.learners(users, courses),
                    clients);
            System.out.printf("Launch benchmark: %,d launches (after %,d warm-up) by %d clients, %d learners in %d"
                    + " courses, against %s%n", launches, warmup, clients, users, courses, tool);

            load.run(warmup);
            load.run(launches).print();
            System.out.printf("platform key set fetched %d time(s)%n", platform.jwksFetches());
        }
    }
}
