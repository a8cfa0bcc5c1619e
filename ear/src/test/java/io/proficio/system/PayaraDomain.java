package io.proficio.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        asadmin(Set.of(0), "start-domain");
        // 1: it was not deployed.
        asadmin(Set.of(0, 1), "undeploy", "proficio");
        asadmin(Set.of(0), "deploy", "--name=proficio", ear.toString());
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

    /** Undeploys Proficio (the Arquillian suite of the next build deploys it under the same name) and stops. */
    void stop() throws IOException, InterruptedException {
        asadmin(Set.of(0, 1), "undeploy", "proficio");
        asadmin(Set.of(0, 1), "stop-domain");
    }

    private void asadmin(Set<Integer> success, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (!success.contains(exit)) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " exited " + exit + ": " + output);
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
