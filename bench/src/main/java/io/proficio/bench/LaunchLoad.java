package io.proficio.bench;

import static io.proficio.bench.BenchApi.millisAt;
import static io.proficio.bench.BenchApi.onClients;
import static io.proficio.bench.BenchApi.seconds;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LoginStep;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.TestPlatform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Full LTI 1.3 launches of one tool from the test platform, as a browser makes them ({@link LtiBrowser}):
 * the third-party initiated login, the redirect to the platform's authentication endpoint and its
 * auto-submit form (together "login + platform auth"), the id_token form post, and the first page the
 * tool's redirect leads to (LTI Core 1.3 §5.1.1, Security Framework §5.1.1). {@link #run} makes a
 * number of launches from client threads, each a browser of its own whose cookies are cleared after
 * every launch, by a pool of learners taken in turn, and times each step.
 *
 * <p>Every launch must reach the first page: an id_token post answered with another status than the
 * tool's redirect, or a first page other than 200, stops the run with that answer; no launch is
 * counted that did not get there.
 */
final class LaunchLoad {

    private final TestPlatform platform;
    private final LaunchTarget tool;
    private final List<LaunchSpec> learners;
    private final int clients;

    /**
     * @param learners launched in turn, not empty
     * @param clients client threads at once
     */
    LaunchLoad(TestPlatform platform, LaunchTarget tool, List<LaunchSpec> learners, int clients) {
        this.platform = platform;
        this.tool = tool;
        this.learners = List.copyOf(learners);
        this.clients = clients;
    }

    /** {@code users} learners ({@code bench-learner-<n>}) spread over {@code courses} courses in turn. */
    static List<LaunchSpec> learners(int users, int courses) {
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

    /**
     * Makes {@code count} launches on the client threads.
     *
     * @throws java.util.concurrent.ExecutionException when a launch did not reach the first page
     */
    Result run(int count) throws Exception {
        long[] login = new long[count];
        long[] launch = new long[count];
        long[] page = new long[count];
        long[] total = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        long start = System.nanoTime();
        onClients(clients, client -> {
            LtiBrowser browser = new LtiBrowser();
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                LaunchSpec spec = learners.get(i % learners.size());
                long t0 = System.nanoTime();
                LoginStep step = browser.login(platform, tool.base(), spec, tool.login());
                long t1 = System.nanoTime();
                LaunchResult answer = browser.complete(step);
                long t2 = System.nanoTime();
                if (answer.status() != tool.launchStatus()) {
                    throw new IllegalStateException("Launch " + i + " refused: " + answer);
                }
                LaunchResult firstPage = browser.get(answer.location());
                long t3 = System.nanoTime();
                if (firstPage.status() != 200) {
                    throw new IllegalStateException("First page of launch " + i + ": " + firstPage);
                }
                browser.clearCookies();
                login[i] = t1 - t0;
                launch[i] = t2 - t1;
                page[i] = t3 - t2;
                total[i] = t3 - t0;
                completed.incrementAndGet();
            }
        });
        double seconds = seconds(start);
        if (completed.get() != count) {
            throw new IllegalStateException(completed.get() + " of " + count + " launches reached the first page");
        }
        return new Result(tool, seconds, sorted(login), sorted(launch), sorted(page), sorted(total));
    }

    private static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }

    /**
     * The launches of one run, every one of which reached the first page with 200: the run's wall time,
     * and the nanoseconds of each step and of the whole launch, sorted.
     */
    static final class Result {

        private final LaunchTarget tool;
        private final double seconds;
        private final long[] login;
        private final long[] launch;
        private final long[] page;
        private final long[] total;

        private Result(LaunchTarget tool, double seconds, long[] login, long[] launch, long[] page, long[] total) {
            this.tool = tool;
            this.seconds = seconds;
            this.login = login;
            this.launch = launch;
            this.page = page;
            this.total = total;
        }

        int launches() {
            return total.length;
        }

        double seconds() {
            return seconds;
        }

        double perSecond() {
            return launches() / seconds;
        }

        /** The p-th percentile of a whole launch, in milliseconds. */
        double totalMillis(int p) {
            return millisAt(total, p);
        }

        /** The p-th percentile of the login with the platform's authentication, in milliseconds. */
        double loginMillis(int p) {
            return millisAt(login, p);
        }

        /** The p-th percentile of the id_token post, in milliseconds. */
        double launchMillis(int p) {
            return millisAt(launch, p);
        }

        /** The p-th percentile of the first page, in milliseconds. */
        double pageMillis(int p) {
            return millisAt(page, p);
        }

        /** The rate, then p50/p90/p99 of a whole launch and of each step. */
        void print() {
            System.out.printf("launches:                %,d in %.1f s = %,.0f launches/s%n", launches(), seconds,
                    perSecond());
            line("whole launch", total);
            line("  login + platform auth", login);
            line("  " + tool.launchStep(), launch);
            line("  " + tool.pageStep(), page);
        }

        private static void line(String what, long[] sortedNanos) {
            System.out.printf("%-32s p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms%n", what, millisAt(sortedNanos, 50),
                    millisAt(sortedNanos, 90), millisAt(sortedNanos, 99));
        }
    }
}
