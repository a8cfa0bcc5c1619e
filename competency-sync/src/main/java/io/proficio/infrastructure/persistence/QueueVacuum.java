package io.proficio.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Vacuums the mapping queue on PostgreSQL. Every mapped statement leaves a dead row in it, and a
 * queue emptied ten thousand times a second is mostly dead rows within seconds: its look-ups then
 * step over them all. Autovacuum comes at most once a minute per database, and may be switched
 * off; the worker calls this after each run of dequeues instead. The table's live rows are the
 * statements waiting, so a vacuum takes milliseconds. H2 removes deleted rows itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueVacuum {

    private static final Logger LOG = Logger.getLogger(QueueVacuum.class.getName());

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;

    public void vacuum() {
        // VACUUM runs outside a transaction block: this connection is in auto-commit, no JTA transaction here.
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                statement.execute("VACUUM xapi_mapping_queue");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The mapping queue could not be vacuumed: " + e.getMessage());
        }
    }
}
