package io.proficio.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Learning Locker's statement service ({@code xapi-statements} {@value #VERSION} from the npm
 * registry), installed into {@code bench.peers} and run with its in-memory models, file storage under
 * the same folder, and its test auth (any Basic credentials), on {@code bench.peer.port}. Its routes
 * are under {@code /xAPI}.
 */
final class LrsPeer implements AutoCloseable {

    static final String VERSION = "5.0.1";

    private final Path home;
    private final int port;
    private Process node;

    LrsPeer(Path peers, int port) {
        this.home = peers.resolve("xapi-statements");
        this.port = port;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return node.pid();
    }

    void start() throws IOException, InterruptedException {
        Path server = home.resolve("node_modules/xapi-statements/dist/server.js");
        if (!Files.exists(server)) {
            install();
        }
        Path storage = Files.createDirectories(home.resolve("storage"));
        ProcessBuilder builder = new ProcessBuilder("node", server.toString()).directory(server.getParent().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("peer.log").toFile());
        builder.environment().putAll(Map.of("EXPRESS_PORT", Integer.toString(port), "MODELS_REPO", "memory",
                "STORAGE_REPO", "local", "FS_LOCAL_STORAGE_DIR", storage.toString(), "EXPRESS_MORGAN_DIRECTORY",
                storage.toString(), "AUTH_REPO", "test", "EVENTS_REPO", "test", "WINSTON_CONSOLE_LEVEL", "error"));
        node = builder.start();
        awaitAbout();
    }

    private void install() throws IOException, InterruptedException {
        Files.createDirectories(home);
        System.out.println("Installing xapi-statements@" + VERSION + " from the npm registry into " + home);
        Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                "--loglevel=error", "xapi-statements@" + VERSION)).inheritIO().start();
        if (npm.waitFor() != 0) {
            throw new IllegalStateException("npm install xapi-statements@" + VERSION + " failed");
        }
    }

    private void awaitAbout() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("xapi-statements exited; see " + home.resolve("peer.log"));
            }
            try {
                HttpResponse<Void> about = http.send(HttpRequest.newBuilder(uri().resolve("/xAPI/about"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (about.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("xapi-statements did not answer on " + uri() + " within 30 s");
    }

    @Override
    public void close() throws InterruptedException {
        if (node != null) {
            node.destroy();
            node.waitFor();
        }
    }
}
