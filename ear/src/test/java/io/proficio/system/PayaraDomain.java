package io.proficio.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Payara domain of the system tests driven by hand, for tests that must kill the server (the
 * Arquillian suite has stopped it by then): start, deploy Proficio afresh, kill with SIGKILL, stop.
 * The domain inherits this JVM's environment, so the settings failsafe gives (data directory,
 * database) hold here too.
 */
final class PayaraDomain {

    private final Path home = Path.of(System.getProperty("payara.home"));
    private final Path ear = Path.of(System.getProperty("proficio.ear"));

    /** Starts the domain and deploys the EAR afresh (Payara cannot reload it after a restart), then waits for health. */
    void startWithProficio() throws IOException, InterruptedException {
        asadmin("start-domain").orFail();
        undeploy().orFail();
        Asadmin deploy = deploy();
        if (deploy.output().contains("already in use")) {
            // The running server still holds the name after an undeploy that failed half-way (seen
            // once in CI, after the previous class's stop); a restart drops what is not configured.
            System.err.println("Restarting the domain: " + deploy.output());
            asadmin("restart-domain").orFail();
            undeploy().orFail();
            deploy = deploy();
        }
        deploy.orFail();
        awaitHealthy();
    }

    /** Kills the domain's server process with SIGKILL, as a crash or the OOM killer would. */
    void kill() {
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain") && c.contains(home.toString()))
                        .orElse(false))
                .toList();
        if (servers.isEmpty()) {
            throw new IllegalStateException("No Payara server process of " + home + " to kill");
        }
        servers.forEach(ProcessHandle::destroyForcibly);
        servers.forEach(p -> p.onExit().join());
    }

    /**
     * Undeploys Proficio (the Arquillian suite of the next build deploys it under the same name) and
     * stops. A failure here is reported, not thrown: the next start copes with what is left.
     */
    void stop() throws IOException, InterruptedException {
        undeploy().orReport();
        asadmin("stop-domain").orReport();
    }

    private Asadmin deploy() throws IOException, InterruptedException {
        return asadmin("deploy", "--name=proficio", ear.toString());
    }

    /** Undeploys Proficio; that it was not deployed counts as success. */
    private Asadmin undeploy() throws IOException, InterruptedException {
        Asadmin undeploy = asadmin("undeploy", "proficio");
        return undeploy.output().contains("is not deployed") ? undeploy.asSucceeded() : undeploy;
    }

    private Asadmin asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Asadmin(String.join(" ", arguments), process.waitFor(), output, serverLog());
    }

    /** The end of the server's log, for a failure's message. */
    private String serverLog() {
        Path log = home.resolve("glassfish/domains/domain1/logs/server.log");
        try {
            String text = Files.exists(log) ? Files.readString(log) : "";
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException | UncheckedIOException e) {
            return "(server.log unreadable: " + e.getMessage() + ")";
        }
    }

    /** One asadmin command's exit code and output, and the server log's end when it ran. */
    private record Asadmin(String command, int exit, String output, String serverLog) {
        boolean succeeded() {
            return exit == 0;
        }

        Asadmin asSucceeded() {
            return new Asadmin(command, 0, output, serverLog);
        }

        String failure() {
            return "asadmin " + command + " exited " + exit + ": " + output + "\n--- server.log ends:\n" + serverLog;
        }

        void orReport() {
            if (!succeeded()) {
                System.err.println(failure());
            }
        }

        void orFail() {
            if (!succeeded()) {
                throw new IllegalStateException(failure());
            }
        }
    }

    private static void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create(ProficioDeployment.BASE_URL + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Proficio did not become healthy within 3 minutes");
    }
}
