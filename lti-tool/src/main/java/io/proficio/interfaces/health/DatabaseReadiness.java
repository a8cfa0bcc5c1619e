package io.proficio.interfaces.health;

import io.proficio.infrastructure.persistence.SchemaStatus;
import io.proficio.infrastructure.persistence.StartupMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** UP when a connection to the database is valid and this node has applied the schema migrations. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;
    @Inject
    SchemaStatus schema;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = databaseAnswers();
        return HealthCheckResponse.named("proficio-database")
                .status(reachable && schema.isMigrated())
                .withData("database", reachable ? "reachable" : "unreachable")
                .withData("schemaVersion", schema.isMigrated() ? schema.version() : "not migrated")
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
