package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ADL's LRS conformance suite (github.com/adlnet/lrs-conformance-test-suite, every resource) passes
 * against Proficio's {@code /xapi} at xAPI 1.0.3 and at 2.0.0, each version in a tenant and xAPI source
 * of its own. The suite runs through the shared runner {@code xapi-conformance} (system property
 * {@code xapi.conformance.tool}), which needs node and npm; without either the class is skipped, so a
 * machine without the shared tools still passes. Runs in failsafe's xapi-conformance execution, after
 * crash-safety, on the same Payara and database, started by hand as the crash tests do.
 * Each version's output is kept in {@code target/xapi-conformance-<version>.txt} (and the suite's JSON
 * log beside it as {@code .json}).
 */
class XapiConformanceIT {

    /** A whole version takes a few minutes; a hung run is killed rather than holding the build. */
    static final Duration TIMEOUT_PER_VERSION = Duration.ofMinutes(10);
    /** The runner's closing line. */
    static final Pattern SUMMARY = Pattern.compile("^(\\d+) passed, (\\d+) failed$");
    /** How many failing tests a failure's message lists; the report file has them all. */
    static final int LISTED_FAILURES = 60;

    static final PayaraDomain DOMAIN = new PayaraDomain();
    static boolean started;

    @BeforeAll
    static void startServer() throws Exception {
        String tool = System.getProperty("xapi.conformance.tool");
        Assumptions.assumeTrue(tool != null && Files.isRegularFile(Path.of(tool)), () -> "xAPI conformance suite "
                + "skipped: no runner at " + tool + " (system property xapi.conformance.tool; set it with "
                + "-Dxapi.conformance.tool=/path/to/shared/tools/xapi-conformance)");
        List<String> missing = List.of("node", "npm").stream().filter(c -> !onPath(c)).toList();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "xAPI conformance suite skipped: " + String.join(" and ", missing)
                + " not found on PATH (" + System.getenv("PATH") + "); the suite needs Node.js and npm");
        started = true;
        DOMAIN.startWithProficio();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (started) {
            DOMAIN.stop();
        }
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    void passesEveryTestOfAdlsLrsConformanceSuite(String version) throws Exception {
        // A source set to speak the version run: the suite checks which version the answer to a request
        // without X-Experience-API-Version names, and expects the version it is testing.
        XapiCredentials source = XapiCredentials.make(Api.newTenant(), version);
        Path reportDir = Path.of(System.getProperty("xapi.conformance.report.dir", "target"));
        Path report = reportDir.resolve("xapi-conformance-" + version + ".txt");

        Run run = Run.of(version, source, report);

        String where = " (full output: " + report + ")";
        assertFalse(run.timedOut(), () -> "xAPI " + version + ": the suite did not finish within "
                + TIMEOUT_PER_VERSION.toMinutes() + " minutes and was killed" + where + "; its output ends:\n"
                + run.tail());
        Summary summary = run.summary().orElseThrow(() -> new AssertionError("xAPI " + version
                + ": the runner exited " + run.exit() + " without its 'N passed, N failed' line" + where
                + "; its output ends:\n" + run.tail()));
        int passed = summary.passed();
        int failed = summary.failed();
        assertEquals(0, failed, () -> "xAPI " + version + ": " + failed + " failed, " + passed + " passed" + where
                + ":\n" + run.failures());
        assertEquals(0, run.exit(), () -> "xAPI " + version + ": the runner exited " + run.exit() + " with "
                + passed + " passed, 0 failed" + where + "; its output ends:\n" + run.tail());
        assertTrue(passed > 0, () -> "xAPI " + version + ": no test passed" + where);
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** The runner's closing counts. */
    private record Summary(int passed, int failed) {
    }

    /** One run of the runner for one version: its exit code and output lines, also teed to the log and a file. */
    private record Run(int exit, boolean timedOut, List<String> lines) {

        static Run of(String version, XapiCredentials source, Path report) throws IOException, InterruptedException {
            Path tool = Path.of(System.getProperty("xapi.conformance.tool"));
            // One npm install for both versions (and for the next build until `mvn clean`): the runner
            // reuses the folder while the suite's package.json is unchanged.
            Path work = Path.of(System.getProperty("xapi.conformance.dir", "target/xapi-conformance"));
            Files.createDirectories(report.getParent());
            ProcessBuilder builder = new ProcessBuilder(tool.toString(), ProficioDeployment.BASE_URL + "/xapi",
                    source.key(), source.secret(), version, "all").redirectErrorStream(true);
            builder.environment().put("XAPI_CONFORMANCE_DIR", work.toAbsolutePath().toString());

            Instant start = Instant.now();
            Process process = builder.start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread tee = new Thread(() -> tee(process, version, report, lines), "xapi-conformance-" + version);
            tee.setDaemon(true);
            tee.start();
            boolean finished = process.waitFor(TIMEOUT_PER_VERSION.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                // node runs under the runner's shell: kill the whole tree, children first, while they are still its descendants.
                List<ProcessHandle> tree = process.descendants().toList();
                tree.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
            tee.join(Duration.ofSeconds(30).toMillis());
            keepJsonLog(work.resolve("last-run.json"), start, report.resolveSibling("xapi-conformance-" + version + ".json"));
            return new Run(process.exitValue(), !finished, List.copyOf(lines));
        }

        private static void tee(Process process, String version, Path report, List<String> lines) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter file = new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("[xAPI " + version + "] " + line);
                    file.println(line);
                    file.flush();
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The suite's JSON log is overwritten by the next version's run: keep a copy when this run wrote it. */
        private static void keepJsonLog(Path log, Instant start, Path copy) throws IOException {
            if (Files.exists(log) && !Files.getLastModifiedTime(log).toInstant().isBefore(start.minusSeconds(1))) {
                Files.copy(log, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** The closing {@code N passed, N failed} line, the last one if the output has several. */
        Optional<Summary> summary() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher matcher = SUMMARY.matcher(lines.get(i).strip());
                if (matcher.matches()) {
                    return Optional.of(new Summary(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
                }
            }
            return Optional.empty();
        }

        /** The runner's {@code FAILED} lines with the error line under each, at most {@link #LISTED_FAILURES} tests. */
        String failures() {
            List<String> listed = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("FAILED")) {
                    continue;
                }
                if (++count > LISTED_FAILURES) {
                    continue;
                }
                listed.add(lines.get(i));
                if (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ")) {
                    listed.add(lines.get(i + 1));
                }
            }
            if (count > LISTED_FAILURES) {
                listed.add("… and " + (count - LISTED_FAILURES) + " more failing tests");
            }
            return listed.isEmpty() ? "(the runner listed no failing test; its output ends:\n" + tail() + ")"
                    : String.join("\n", listed);
        }

        String tail() {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        }
    }
}
