package io.proficio.bench;

import io.proficio.testing.lms.LoginOptions;
import io.proficio.testing.lms.TestPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * The LTI 1.3 tool library a user would pick instead of Proficio's launch side: ltijs {@value #VERSION}
 * with its Sequelize plugin ({@code ltijs-sequelize} {@value #SEQUELIZE_VERSION}, driver {@code pg}
 * {@value #PG_VERSION}) on PostgreSQL, from the npm registry, installed into {@code <bench.peers>/ltijs}
 * when absent. It runs {@code ltijs-peer.js} (a resource beside this class, copied next to the install
 * on every start) on {@code 127.0.0.1:<port>}, keeping its state in the database {@value #DATABASE} of
 * the PostgreSQL server {@link PeerDatabase} names (created when missing), and registers one platform,
 * the test platform of the run, as a tool does by hand: issuer, client id, authentication and token
 * endpoints, the platform's JWK Set URL. Its log is {@code peer.log} in the install folder.
 *
 * <p>ltijs-sequelize declares no peer dependencies; its README pairs {@code ^2.4.2} with ltijs
 * {@code ^5.7.0}, and 2.4.4 is its latest release.
 */
final class LtiPeer implements AutoCloseable {

    static final String VERSION = "5.9.9";
    static final String SEQUELIZE_VERSION = "2.4.4";
    static final String PG_VERSION = "8.23.1";
    static final String DATABASE = "proficio_ltijs";
    /** How the figures name the peer. */
    static final String LABEL = "ltijs " + VERSION + " (ltijs-sequelize " + SEQUELIZE_VERSION + ", PostgreSQL)";

    private static final String SCRIPT = "ltijs-peer.js";
    /**
     * Signs ltijs' cookies and ltiks and encrypts the keys it keeps in the database; fixed, so that the
     * key set of a database that earlier runs filled stays readable.
     */
    private static final String ENCRYPTION_KEY = "proficio-bench-ltijs";

    private final NodePeer node;
    private final int port;

    LtiPeer(Path peers, int port) {
        this.node = new NodePeer("ltijs", peers.resolve("ltijs"));
        this.port = port;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return node.pid();
    }

    /**
     * The peer for the launch load: ltijs' default routes, {@code /login} for the login initiation and
     * the app route {@code /} as target link URI and redirect URI (its key set is {@code /keys}). ltijs
     * answers the id_token post with 302 Found to the app route with {@code ?ltik=…}, and there calls
     * {@code onConnect}.
     */
    LaunchTarget target() {
        return new LaunchTarget(LABEL, uri(), LoginOptions.defaults().withLoginPath("/login")
                .withTargetLinkUri(uri().resolve("/")), 302, "id_token post (/)", "first page (/?ltik=…)");
    }

    /** Installs when needed, creates the database when missing, starts node and waits until it answers. */
    void start(TestPlatform platform) throws IOException, InterruptedException, SQLException {
        node.install("ltijs@" + VERSION, "ltijs-sequelize@" + SEQUELIZE_VERSION, "pg@" + PG_VERSION);
        PeerDatabase database = PeerDatabase.fromEnvironment(DATABASE);
        database.createIfMissing();
        Path script = node.home().resolve(SCRIPT);
        try (InputStream resource = LtiPeer.class.getResourceAsStream(SCRIPT)) {
            if (resource == null) {
                throw new IllegalStateException("No " + SCRIPT + " beside " + LtiPeer.class.getName());
            }
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        node.start(node.home(), script, Map.ofEntries(
                Map.entry("LTIJS_PORT", Integer.toString(port)),
                Map.entry("LTIJS_KEY", ENCRYPTION_KEY),
                Map.entry("LTIJS_DB_HOST", database.host()),
                Map.entry("LTIJS_DB_PORT", Integer.toString(database.port())),
                Map.entry("LTIJS_DB_NAME", database.name()),
                Map.entry("LTIJS_DB_USER", database.user()),
                Map.entry("LTIJS_DB_PASSWORD", database.password()),
                Map.entry("PLATFORM_ISSUER", platform.issuer()),
                Map.entry("PLATFORM_CLIENT_ID", platform.clientId()),
                Map.entry("PLATFORM_AUTH_URL", platform.authUrl()),
                Map.entry("PLATFORM_TOKEN_URL", platform.tokenUrl()),
                Map.entry("PLATFORM_JWKS_URL", platform.jwksUrl()),
                Map.entry("PLATFORM_DEPLOYMENT_ID", platform.deploymentId())),
                // A new platform costs ltijs a 4096-bit RSA key pair of its own, made at registration.
                uri().resolve("/keys"), Duration.ofSeconds(120));
    }

    @Override
    public void close() throws InterruptedException {
        node.close();
    }
}
