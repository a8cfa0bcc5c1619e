package io.proficio.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A peer that runs on Node.js, in a folder of its own under {@code bench.peers}: its npm packages
 * installed there from the npm registry when absent, one {@code node} process with its output in
 * {@code peer.log} there, taken as started once a URL answers 200, and stopped on {@link #close()}.
 * Not thread-safe; one process per instance.
 */
final class NodePeer implements AutoCloseable {

    private final String name;
    private final Path home;
    private Process node;

    /**
     * @param name how messages name the peer
     * @param home the peer's folder, absolute or against the working directory; made when missing
     */
    NodePeer(String name, Path home) {
        this.name = name;
        // Absolute, since node runs the script from another working directory.
        this.home = home.toAbsolutePath();
    }

    Path home() {
        return home;
    }

    Path log() {
        return home.resolve("peer.log");
    }

    long pid() {
        return node.pid();
    }

    /**
     * Installs the packages, each {@code name@version}, unless every one of them is installed already.
     * Versions are saved exactly, so a later {@code npm install} in the folder keeps them.
     */
    void install(String... packages) throws IOException, InterruptedException {
        boolean installed = Arrays.stream(packages).map(NodePeer::packageName)
                .allMatch(pkg -> Files.exists(home.resolve("node_modules").resolve(pkg).resolve("package.json")));
        if (installed) {
            return;
        }
        Files.createDirectories(home);
        System.out.println("Installing " + String.join(" ", packages) + " from the npm registry into " + home);
        List<String> command = new ArrayList<>(List.of("npm", "install", "--prefix", home.toString(), "--no-audit",
                "--no-fund", "--save-exact", "--loglevel=error"));
        command.addAll(List.of(packages));
        Process npm = new ProcessBuilder(command).inheritIO().start();
        if (npm.waitFor() != 0) {
            throw new IllegalStateException("npm install " + String.join(" ", packages) + " failed");
        }
    }

    /**
     * Runs {@code node script} in {@code directory} with these variables added to the environment, and
     * waits until {@code ready} answers a GET with 200.
     *
     * @throws IllegalStateException when node exits first, or {@code ready} does not answer 200 in time
     */
    void start(Path directory, Path script, Map<String, String> environment, URI ready, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder("node", script.toString()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().putAll(environment);
        node = builder.start();
        await(ready, timeout);
    }

    private void await(URI ready, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException(name + " exited with " + node.exitValue() + "; see " + log());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not answer " + ready + " within " + timeout.toSeconds() + " s; see "
                + log());
    }

    /** {@code ltijs@5.9.9} → {@code ltijs}; {@code @scope/pkg@1} → {@code @scope/pkg}. */
    private static String packageName(String spec) {
        int at = spec.lastIndexOf('@');
        return at > 0 ? spec.substring(0, at) : spec;
    }

    @Override
    public void close() throws InterruptedException {
        if (node != null) {
            node.destroy();
            node.waitFor();
        }
    }
}
