package io.proficio.bench;

import static io.proficio.bench.BenchApi.millisAt;
import static io.proficio.bench.BenchApi.object;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proficio side by side with the peers a user would pick instead, one after the other in one run,
 * then one table: figure, Proficio, peer, ratio ({@link FigureTable}).
 *
 * <p>The xAPI phase: the same xAPI load against PostgreSQL alone (the physical limit of the rows
 * Proficio writes), Learning Locker's {@code xapi-statements} (the peer, in memory) and a running
 * Proficio. The load is {@code bench.clients} keep-alive clients posting batches of {@code bench.batch}
 * statements for {@code bench.seconds} after {@code bench.warmup} seconds of warm-up; then Proficio
 * again paced at each rate of {@code bench.paced} for its ack-to-evidence lag.
 *
 * <p>The launch phase ({@link LaunchComparison}): the same full LTI 1.3 launches against ltijs on
 * PostgreSQL and then a running Proficio.
 *
 * <p>{@code bench.only} runs one part: {@code xapi}, {@code launch}, or {@code launch-peer} (ltijs'
 * launches alone, which needs no running Proficio); without it, both phases. CPU time of each process
 * (server, PostgreSQL, this JVM) comes from {@code /proc}. See the README's Benchmarks section.
 */
public final class PeerBenchmark {

    private static final String XAPI_PEER = " (peer: xapi-statements)";

    private final int clients = Integer.getInteger("bench.clients", 4);
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    private final int batch = Integer.getInteger("bench.batch", 100);
    private final int limitSeconds = Integer.getInteger("bench.limit.seconds", 15);
    private final double[] paced = Arrays.stream(System.getProperty("bench.paced", "500").split(","))
            .filter(rate -> !rate.isBlank()).mapToDouble(rate -> Double.parseDouble(rate.strip())).toArray();
    private final XapiWorkload workload = new XapiWorkload(Integer.getInteger("bench.learners", 2_000));
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final List<String[]> lagRows = new ArrayList<>();

    /** What {@code bench.only} selects. */
    private enum Only {
        ALL(true, true, true), XAPI(true, false, true), LAUNCH(false, true, true), LAUNCH_PEER(false, true, false);

        final boolean xapi;
        final boolean launch;
        final boolean proficioLaunches;

        Only(boolean xapi, boolean launch, boolean proficioLaunches) {
            this.xapi = xapi;
            this.launch = launch;
            this.proficioLaunches = proficioLaunches;
        }

        static Only of(String value) {
            for (Only only : values()) {
                if (only.name().replace('_', '-').equalsIgnoreCase(value.strip())) {
                    return only;
                }
            }
            throw new IllegalArgumentException("bench.only must be xapi, launch or launch-peer (or all), not " + value);
        }
    }

    /** One measured run of an LRS: its throughput and the CPU its processes used. */
    private record Measured(StatementLoad.Result load, Map<String, Double> cpu) {

        double cpuMicrosPerStatement(String part) {
            return cpu.getOrDefault(part, 0.0) * 1e6 / load.statements();
        }
    }

    public static void main(String[] args) throws Exception {
        new PeerBenchmark().run();
    }

    private void run() throws Exception {
        Only only = Only.of(System.getProperty("bench.only", "all"));
        FigureTable figures = new FigureTable();
        if (only.xapi) {
            xapi(figures);
        }
        if (only.launch) {
            new LaunchComparison(peers()).run(figures, only.proficioLaunches);
        }
        figures.print();
    }

    private static Path peers() {
        return Path.of(System.getProperty("bench.peers", "target/peers"));
    }

    private void xapi(FigureTable figures) throws Exception {
        BenchApi api = BenchApi.connect();
        System.out.printf("Peer benchmark: %d clients, batches of %d, %d s warm-up + %d s measured, %d cores%n",
                clients, batch, warmup, seconds, cores);
        Optional<double[]> limit = postgresLimit();
        Measured peer = peer();
        Measured proficio = proficio(api);
        addRows(figures, proficio, peer, limit);
    }

    private Optional<double[]> postgresLimit() throws Exception {
        String url = System.getenv("PROFICIO_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            System.out.println("PROFICIO_DB_URL is not PostgreSQL: the database's own limit is not measured");
            return Optional.empty();
        }
        PostgresLimit limit = new PostgresLimit(url, System.getenv().getOrDefault("PROFICIO_DB_USER", "postgres"),
                System.getenv().getOrDefault("PROFICIO_DB_PASSWORD", ""), workload, clients, batch);
        double[] rates = new double[PostgresLimit.WriteSet.values().length];
        for (PostgresLimit.WriteSet set : PostgresLimit.WriteSet.values()) {
            rates[set.ordinal()] = limit.statementsPerSecond(set, limitSeconds);
            System.out.printf("PostgreSQL alone, %s: %,.0f statements/s%n", set.label, rates[set.ordinal()]);
        }
        return Optional.of(rates);
    }

    private Measured peer() throws Exception {
        try (LrsPeer peer = new LrsPeer(peers(), Integer.getInteger("bench.peer.port", 18081))) {
            peer.start();
            StatementLoad load = new StatementLoad(peer.uri(), "/xAPI/statements", basic("bench", "bench"), workload, clients, batch);
            load.run(warmup, 0, null);
            CpuMeter meter = new CpuMeter(CpuMeter.process("server", peer.pid()), CpuMeter.thisJvm());
            meter.start();
            Measured measured = new Measured(load.run(seconds, 0, null), meter.seconds());
            report("xapi-statements " + LrsPeer.VERSION, measured);
            return measured;
        }
    }

    private Measured proficio(BenchApi api) throws Exception {
        api.useNewTenant("Peer benchmark " + Instant.now());
        XapiWorkload.alignHalfTheCourses(api);
        JsonObject source = object(api.call("POST", "/api/v1/xapi-sources",
                XapiWorkload.JSON.createObjectBuilder().add("name", "Peer benchmark LRS").build(), 201));
        StatementLoad load = new StatementLoad(URI.create(api.baseUrl()), "/xapi/statements",
                basic(source.getString("key"), source.getString("secret")), workload, clients, batch);
        load.run(warmup, 0, null);
        CpuMeter meter = new CpuMeter(CpuMeter.server(), CpuMeter.postgres(),
                CpuMeter.thisJvm());
        LagSampler lag = new LagSampler(api);
        meter.start();
        Measured measured = withLag(lag, () -> new Measured(load.run(seconds, 0, lag::offer), meter.seconds()));
        report("Proficio", measured);
        lag.print();
        row("ack → mapped lag at full load, p50 / p99", lagCell(lag), "—", "");
        for (double rate : paced) {
            LagSampler pacedLag = new LagSampler(api);
            StatementLoad.Result result = withLag(pacedLag, () -> load.run(seconds, rate, pacedLag::offer));
            System.out.printf("Proficio paced at %,.0f/s: %,.0f statements/s stored%n", rate, result.perSecond());
            pacedLag.print();
            row(String.format("ack → mapped lag paced at %,.0f/s, p50 / p99", rate), lagCell(pacedLag), "—", "");
        }
        return measured;
    }

    /** A step that throws, for {@link #withLag}. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T withLag(LagSampler lag, Step<T> step) throws Exception {
        Thread sampler = new Thread(lag::poll, "lag-sampler");
        sampler.start();
        try {
            return step.run();
        } finally {
            lag.finish();
            sampler.join();
        }
    }

    private void report(String who, Measured measured) {
        StatementLoad.Result load = measured.load();
        System.out.printf("%s: %,d statements in %.1f s = %,.0f statements/s; request p50 %.1f ms, p99 %.1f ms; CPU s %s%n",
                who, load.statements(), load.seconds(), load.perSecond(), millisAt(load.latencies(), 50),
                millisAt(load.latencies(), 99), measured.cpu());
    }

    private void addRows(FigureTable figures, Measured proficio, Measured peer, Optional<double[]> limit) {
        figures.add(String.format("statements stored/s, batches of %d, %d clients (peer: xapi-statements %s, in memory)",
                batch, clients, LrsPeer.VERSION), rate(proficio.load().perSecond()), rate(peer.load().perSecond()),
                FigureTable.ratio(proficio.load().perSecond(), peer.load().perSecond()));
        figures.add("request latency p50 / p99" + XAPI_PEER, latency(proficio.load()), latency(peer.load()), "");
        figures.add("server CPU per statement" + XAPI_PEER, micros(proficio.cpuMicrosPerStatement("server")),
                micros(peer.cpuMicrosPerStatement("server")),
                FigureTable.ratio(proficio.cpuMicrosPerStatement("server"), peer.cpuMicrosPerStatement("server")));
        figures.add("PostgreSQL CPU per statement" + XAPI_PEER, micros(proficio.cpuMicrosPerStatement("PostgreSQL")),
                "— (in memory)", "");
        figures.add("load generator CPU per statement (share of the machine)" + XAPI_PEER, generator(proficio),
                generator(peer), "");
        limit.ifPresent(rates -> {
            for (PostgresLimit.WriteSet set : PostgresLimit.WriteSet.values()) {
                figures.add("PostgreSQL alone, " + set.label + " (unnest, commit a batch)",
                        String.format("Proficio at %.0f%% of %s", 100 * proficio.load().perSecond() / rates[set.ordinal()],
                                rate(rates[set.ordinal()])), "", "");
            }
        });
        lagRows.forEach(row -> figures.add(row[0], row[1], row[2], row[3]));
    }

    private void row(String figure, String proficio, String peer, String ratio) {
        lagRows.add(new String[] {figure, proficio, peer, ratio});
    }

    private static String lagCell(LagSampler lag) {
        long[] sorted = lag.sorted();
        return String.format("%,.0f / %,.0f ms", millisAt(sorted, 50), millisAt(sorted, 99));
    }

    private static String rate(double perSecond) {
        return String.format("%,.0f", perSecond);
    }

    private static String latency(StatementLoad.Result load) {
        return String.format("%.1f / %.1f ms", millisAt(load.latencies(), 50), millisAt(load.latencies(), 99));
    }

    private static String micros(double value) {
        return String.format("%,.0f µs", value);
    }

    private String generator(Measured measured) {
        double seconds = measured.cpu().getOrDefault("load generator (this JVM)", 0.0);
        return String.format("%s (%.0f%%)", micros(measured.cpuMicrosPerStatement("load generator (this JVM)")),
                100 * seconds / (measured.load().seconds() * cores));
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
