package io.proficio.infrastructure.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of Proficio, read once through MicroProfile Config. Each key is also an environment
 * variable by MicroProfile's rule ({@code proficio.db.url} ⇔ {@code PROFICIO_DB_URL}).
 *
 * @param dataDir    where the embedded database, keys and the bootstrap token live
 * @param dbUrl      the JDBC URL; the embedded H2 database in {@code dataDir} when not set
 * @param dbUser     the database user; may be empty
 * @param dbPassword the database password; may be empty
 * @param baseUrl    the public URL the LMS and browsers see, without a trailing slash
 * @param demoData   whether the first start imports the demo framework into the default tenant
 * @param secretKey  the installation's 256-bit secret key (base64url), which encrypts private keys and
 *                   secrets at rest; when not set, {@code secret.key} in {@code dataDir}, made at first start.
 *                   Several nodes must share it. May be null.
 * @param xapiDocumentMaxBytes the largest xAPI State or Profile document kept; a larger one is refused with 413
 */
public record ProficioSettings(Path dataDir, String dbUrl, String dbUser, String dbPassword, URI baseUrl,
                               boolean demoData, String secretKey, long xapiDocumentMaxBytes) {

    public static final String DATA_DIR = "proficio.data.dir";
    public static final String DB_URL = "proficio.db.url";
    public static final String DB_USER = "proficio.db.user";
    public static final String DB_PASSWORD = "proficio.db.password";
    public static final String BASE_URL = "proficio.base.url";
    public static final String DEMO_DATA = "proficio.demo.data";
    public static final String SECRET_KEY = "proficio.secret.key";
    public static final String XAPI_DOCUMENT_MAX_BYTES = "proficio.xapi.document.max.bytes";
    /** 10 MiB: far above what xAPI content keeps in a State (bookmarks, suspend data, a few KB). */
    public static final long DEFAULT_XAPI_DOCUMENT_MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Reads the settings of the running application. The config is looked up by Proficio's own
     * class loader: connection-pool threads, which call this too, have no context class loader.
     */
    public static ProficioSettings current() {
        return from(ConfigProvider.getConfig(ProficioSettings.class.getClassLoader()));
    }

    /**
     * Reads and checks the settings.
     *
     * @throws IllegalStateException naming every setting that is wrong and how to fix it
     */
    public static ProficioSettings from(Config config) {
        List<String> problems = new ArrayList<>();
        Path dataDir = Path.of(text(config, DATA_DIR).orElse(System.getProperty("user.home") + "/.proficio"))
                .toAbsolutePath().normalize();
        String dbUrl = text(config, DB_URL).orElse(null);
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:h2:")) {
            problems.add("PROFICIO_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, or empty for the embedded"
                    + " database; it is " + dbUrl);
        }
        String baseUrlText = text(config, BASE_URL).orElse("http://localhost:8080").replaceAll("/+$", "");
        URI baseUrl = null;
        try {
            baseUrl = new URI(baseUrlText);
            if (!baseUrl.isAbsolute() || !List.of("http", "https").contains(baseUrl.getScheme())) {
                problems.add("PROFICIO_BASE_URL must be an absolute http(s) URL; it is " + baseUrlText);
            }
        } catch (URISyntaxException e) {
            problems.add("PROFICIO_BASE_URL is not a URL: " + baseUrlText);
        }
        boolean demoData = text(config, DEMO_DATA).map(Boolean::parseBoolean).orElse(true);
        String secretKey = text(config, SECRET_KEY).orElse(null);
        if (secretKey != null && !secretKey.matches("[A-Za-z0-9_-]{43}=?")) {
            problems.add("PROFICIO_SECRET_KEY must be 32 random bytes in base64url (43 characters), e.g. from"
                    + " `openssl rand -base64 32 | tr '+/' '-_'`");
        }
        long documentMaxBytes = DEFAULT_XAPI_DOCUMENT_MAX_BYTES;
        String documentMaxText = text(config, XAPI_DOCUMENT_MAX_BYTES).orElse(null);
        if (documentMaxText != null) {
            try {
                documentMaxBytes = Long.parseLong(documentMaxText.strip());
            } catch (NumberFormatException e) {
                documentMaxBytes = -1;
            }
            if (documentMaxBytes < 1) {
                problems.add("PROFICIO_XAPI_DOCUMENT_MAX_BYTES must be a positive number of bytes; it is " + documentMaxText);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Proficio cannot start: " + String.join("; ", problems));
        }
        return new ProficioSettings(dataDir, dbUrl, text(config, DB_USER).orElse(""),
                text(config, DB_PASSWORD).orElse(""), baseUrl, demoData, secretKey, documentMaxBytes);
    }

    /** True when no database URL is set and the embedded H2 database is used. */
    public boolean embeddedDatabase() {
        return dbUrl == null;
    }

    /** The JDBC URL to connect to: the configured one, or the embedded H2 file database. */
    public String jdbcUrl() {
        // DB_CLOSE_ON_EXIT=FALSE: the server, not H2's shutdown hook, closes the database.
        // QUERY_CACHE_SIZE: H2 keeps 8 parsed statements per connection by default, fewer than the
        // application's distinct queries, so it parsed SQL on most calls (seen in the launch benchmark).
        // WRITE_DELAY=0: H2 otherwise writes commits to its file up to 500 ms later, so a killed server
        // lost statements it had acknowledged (seen in XapiCrashIT); now each commit is written before
        // it returns. The file is not fsynced per commit: a power cut needs PostgreSQL.
        // LOCK_TIMEOUT=10000: a batch that defines an activity another batch is defining waits for that
        // transaction to end (PostgreSQL waits without limit); H2's 2 s refused batches under load.
        return embeddedDatabase() ? "jdbc:h2:file:" + dataDir.resolve("proficio")
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256;WRITE_DELAY=0;LOCK_TIMEOUT=10000" : dbUrl;
    }

    /** The database user; H2's conventional {@code sa} for the embedded database when none is set. */
    public String jdbcUser() {
        return embeddedDatabase() && dbUser.isEmpty() ? "sa" : dbUser;
    }

    /** Where the secret key is kept when {@code PROFICIO_SECRET_KEY} is not set. */
    public Path secretKeyFile() {
        return dataDir.resolve("secret.key");
    }

    public Path bootstrapTokenFile() {
        return dataDir.resolve("bootstrap-token");
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }
}
