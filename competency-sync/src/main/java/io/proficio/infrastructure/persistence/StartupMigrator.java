package io.proficio.infrastructure.persistence;

import io.proficio.application.BootstrapService;
import io.proficio.application.IssuedToken;
import io.proficio.application.ToolKeyService;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.infrastructure.persistence.migration.V10__Tenant_statistics;
import io.proficio.infrastructure.persistence.migration.V11__Lean_statement_writes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Start-up, once per node: checks the settings, migrates the schema with Flyway (the only owner of
 * the schema), then makes the default tenant on the very first start and hands out its bootstrap
 * token, printed once and written to {@code $PROFICIO_DATA_DIR/bootstrap-token}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = StartupMigrator.DATASOURCE,
        className = "io.proficio.infrastructure.persistence.ProficioDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2)
public class StartupMigrator {

    public static final String DATASOURCE = "java:app/jdbc/proficio";
    private static final Logger LOG = Logger.getLogger(StartupMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;
    @Inject
    SchemaStatus schema;
    @Inject
    BootstrapService bootstrap;
    @Inject
    ToolKeyService keys;

    @PostConstruct
    void start() {
        ProficioSettings settings = ProficioSettings.current();
        createDataDir(settings.dataDir());
        MigrateResult result = Flyway.configure(StartupMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V10__Tenant_statistics(), new V11__Lean_statement_writes())
                .load()
                .migrate();
        LOG.info(() -> "Proficio schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now) on " + (settings.embeddedDatabase()
                ? "the embedded H2 database in " + settings.dataDir() : settings.dbUrl()));
        schema.migrated(result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
        Optional<IssuedToken> token = bootstrap.bootstrap(settings.demoData());
        token.ifPresent(issued -> announce(settings, issued));
        keys.ensureKeys();
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Proficio cannot create its data directory " + dataDir
                    + " (PROFICIO_DATA_DIR): " + e.getMessage(), e);
        }
    }

    private static void announce(ProficioSettings settings, IssuedToken issued) {
        Path file = settings.bootstrapTokenFile();
        try {
            Files.writeString(file, issued.secret().value() + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions: the data directory's own protection applies.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap token to " + file, e);
        }
        LOG.warning(() -> "\n*************************************************************\n"
                + "Proficio created the default tenant. Its bootstrap API token (scopes admin, operator):\n\n"
                + "    " + issued.secret().value() + "\n\n"
                + "It is shown only this once, and kept in " + file + "\n"
                + "*************************************************************");
    }
}
