package io.proficio.infrastructure.persistence;

import io.proficio.domain.operations.DatabaseHealth;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link DatabaseHealth} from a connection of the application's pool and the migrator's result. */
@ApplicationScoped
public class JdbcDatabaseHealth implements DatabaseHealth {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;
    @Inject
    SchemaStatus schema;

    @Override
    public Status status() {
        return new Status(databaseAnswers(), Optional.ofNullable(schema.version()));
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
