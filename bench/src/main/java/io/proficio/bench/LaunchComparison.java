package io.proficio.bench;

import static io.proficio.bench.FigureTable.NOT_RUN;
import static io.proficio.bench.FigureTable.ratio;

import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The launch phase of the peer benchmark: one {@link LaunchLoad} against ltijs ({@link LtiPeer}) and
 * then against a running Proficio, each launched by a test platform of its own that signs every
 * id_token the same way (RS256, its JWK Set URL registered with the tool by hand), with the CPU time
 * of the server's process, PostgreSQL and this JVM over the measured launches ({@link CpuMeter}); of
 * PostgreSQL only what serves the tool's own database, since the server may be shared.
 * {@code bench.launches} launches after {@code bench.launch.warmup} from {@code bench.launch.clients}
 * client threads by {@code bench.launch.users} learners in {@code bench.launch.courses} courses;
 * ltijs on {@code bench.ltijs.port}.
 */
final class LaunchComparison {

    private static final String PEER = " (peer: ltijs)";

    private final int launches = Integer.getInteger("bench.launches", 2_000);
    private final int warmup = Integer.getInteger("bench.launch.warmup", 300);
    private final int clients = Integer.getInteger("bench.launch.clients", 8);
    private final int users = Integer.getInteger("bench.launch.users", 500);
    private final int courses = Integer.getInteger("bench.launch.courses", 20);
    private final int ltijsPort = Integer.getInteger("bench.ltijs.port", 18082);
    private final Path peers;
    private final List<LaunchSpec> learners = LaunchLoad.learners(users, courses);

    /** The measured launches of one tool: the load, the CPU seconds of each part, the platform's key set fetches. */
    private record Measured(LaunchLoad.Result load, Map<String, Double> cpu, int jwksFetches) {

        double cpuMillisPerLaunch(String part) {
            return cpu.getOrDefault(part, 0.0) * 1e3 / load.launches();
        }
    }

    /** @param peers where the peers are installed ({@code bench.peers}) */
    LaunchComparison(Path peers) {
        this.peers = peers;
    }

    /**
     * Measures ltijs and, when asked, Proficio, and adds the launch rows to the table.
     *
     * @param withProficio false measures ltijs alone and needs no running Proficio
     */
    void run(FigureTable figures, boolean withProficio) throws Exception {
        System.out.printf("Launch phase: %,d full LTI launches (after %,d warm-up) by %d clients, %d learners in %d"
                + " courses, against %s%s%n", launches, warmup, clients, users, courses, LtiPeer.LABEL,
                withProficio ? " and Proficio" : " alone");
        Measured ltijs = ltijs();
        Optional<Measured> proficio = withProficio ? Optional.of(proficio()) : Optional.empty();
        addRows(figures, proficio, ltijs);
    }

    private Measured ltijs() throws Exception {
        try (TestPlatform platform = TestPlatform.start(); LtiPeer peer = new LtiPeer(peers, ltijsPort)) {
            peer.start(platform);
            return measure(platform, peer.target(),
                    new CpuMeter(CpuMeter.process(CpuMeter.server().name(), peer.pid()),
                            CpuMeter.postgres(LtiPeer.DATABASE), CpuMeter.thisJvm()));
        }
    }

    /** Proficio as {@link LaunchBenchmark} sets it up: a new tenant, the platform registered through the API. */
    private Measured proficio() throws Exception {
        BenchApi api = BenchApi.connect();
        api.useNewTenant("Peer benchmark launches " + Instant.now());
        try (TestPlatform platform = TestPlatform.start()) {
            api.registerPlatform(platform);
            return measure(platform, LaunchTarget.proficio(URI.create(api.baseUrl())),
                    new CpuMeter(CpuMeter.server(), PeerDatabase.databaseOf(System.getenv("PROFICIO_DB_URL"))
                            .map(CpuMeter::postgres).orElseGet(CpuMeter::postgres), CpuMeter.thisJvm()));
        }
    }

    private Measured measure(TestPlatform platform, LaunchTarget tool, CpuMeter meter) throws Exception {
        LaunchLoad load = new LaunchLoad(platform, tool, learners, clients);
        load.run(warmup);
        int fetchesBefore = platform.jwksFetches();
        meter.start();
        LaunchLoad.Result result = load.run(launches);
        Measured measured = new Measured(result, meter.seconds(), platform.jwksFetches() - fetchesBefore);
        System.out.println(tool.name() + ":");
        result.print();
        System.out.printf("every launch reached the first page with 200: %,d of %,d; platform key set fetched %,d"
                + " time(s) in the measured launches; CPU %s%n", result.launches(), launches, measured.jwksFetches(),
                cpuSeconds(measured.cpu()));
        return measured;
    }

    private void addRows(FigureTable figures, Optional<Measured> proficio, Measured ltijs) {
        figures.add(String.format("full LTI launches/s (login, auth, id_token post, first page), %,d launches, %d clients"
                + " (peer: %s)", launches, clients, LtiPeer.LABEL),
                cell(proficio, m -> m.load().perSecond(), "%,.0f"), String.format("%,.0f", ltijs.load().perSecond()),
                ratioCell(proficio, ltijs, m -> m.load().perSecond()));
        figures.add("launch p50 / p99" + PEER, proficio.map(LaunchComparison::percentiles).orElse(NOT_RUN),
                percentiles(ltijs), "");
        figures.add("launch steps p50: login + auth / id_token post / first page" + PEER,
                proficio.map(LaunchComparison::steps).orElse(NOT_RUN), steps(ltijs), "");
        cpuRow(figures, "server CPU per launch" + PEER, CpuMeter.server().name(), proficio, ltijs);
        cpuRow(figures, "PostgreSQL CPU per launch, the tool's database" + PEER, CpuMeter.postgres().name(), proficio, ltijs);
        cpuRow(figures, "load generator CPU per launch (clients and test platform)" + PEER, CpuMeter.thisJvm().name(),
                proficio, ltijs);
        figures.add("platform key set fetches in the measured launches" + PEER,
                cell(proficio, Measured::jwksFetches, "%,.0f"), String.format("%,d", ltijs.jwksFetches()), "");
    }

    private static void cpuRow(FigureTable figures, String figure, String part, Optional<Measured> proficio,
            Measured ltijs) {
        figures.add(figure, cell(proficio, m -> m.cpuMillisPerLaunch(part), "%.1f ms"),
                String.format("%.1f ms", ltijs.cpuMillisPerLaunch(part)),
                ratioCell(proficio, ltijs, m -> m.cpuMillisPerLaunch(part)));
    }

    private static String cell(Optional<Measured> measured, ToDoubleFunction<Measured> figure, String format) {
        return measured.map(m -> String.format(format, figure.applyAsDouble(m))).orElse(NOT_RUN);
    }

    private static String ratioCell(Optional<Measured> proficio, Measured ltijs, ToDoubleFunction<Measured> figure) {
        return proficio.map(m -> ratio(figure.applyAsDouble(m), figure.applyAsDouble(ltijs))).orElse("");
    }

    private static String cpuSeconds(Map<String, Double> cpu) {
        return cpu.entrySet().stream().map(part -> String.format("%s %.1f s", part.getKey(), part.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String percentiles(Measured measured) {
        return String.format("%.1f / %.1f ms", measured.load().totalMillis(50), measured.load().totalMillis(99));
    }

    private static String steps(Measured measured) {
        LaunchLoad.Result load = measured.load();
        return String.format("%.1f / %.1f / %.1f ms", load.loginMillis(50), load.launchMillis(50), load.pageMillis(50));
    }
}
