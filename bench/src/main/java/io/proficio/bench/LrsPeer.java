package io.proficio.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Learning Locker's statement service ({@code xapi-statements} {@value #VERSION} from the npm
 * registry), installed into {@code bench.peers} and run with its in-memory models, file storage under
 * the same folder, and its test auth (any Basic credentials), on {@code bench.peer.port}. Its routes
 * are under {@code /xAPI}.
 */
final class LrsPeer implements AutoCloseable {

    static final String VERSION = "5.0.1";

    private final NodePeer node;
    private final int port;

    LrsPeer(Path peers, int port) {
        this.node = new NodePeer("xapi-statements", peers.resolve("xapi-statements"));
        this.port = port;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return node.pid();
    }

    void start() throws IOException, InterruptedException {
        node.install("xapi-statements@" + VERSION);
        Path server = node.home().resolve("node_modules/xapi-statements/dist/server.js");
        Path storage = Files.createDirectories(node.home().resolve("storage"));
        node.start(server.getParent().getParent(), server, Map.of("EXPRESS_PORT", Integer.toString(port),
                "MODELS_REPO", "memory", "STORAGE_REPO", "local", "FS_LOCAL_STORAGE_DIR", storage.toString(),
                "EXPRESS_MORGAN_DIRECTORY", storage.toString(), "AUTH_REPO", "test", "EVENTS_REPO", "test",
                "WINSTON_CONSOLE_LEVEL", "error"), uri().resolve("/xAPI/about"), Duration.ofSeconds(30));
    }

    @Override
    public void close() throws InterruptedException {
        node.close();
    }
}
