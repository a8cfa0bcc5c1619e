package io.proficio.infrastructure.persistence;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Start-up, once per node and before anything else: checks the settings, makes the data directory
 * and migrates the schema with Flyway (the only owner of the schema). What the application does on
 * its first start follows ({@code io.proficio.application.tenant.FirstStart}).
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
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("Proficio cannot create its data directory " + dataDir
                    + " (PROFICIO_DATA_DIR): " + e.getMessage(), e);
        }
    }
}
