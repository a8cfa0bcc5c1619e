package io.proficio.infrastructure.persistence;

import io.proficio.domain.operations.TableUpkeep;
import io.proficio.infrastructure.persistence.migration.V10__Tenant_statistics;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * {@link TableUpkeep} by VACUUM of the tables that churn, on PostgreSQL (H2 removes deleted rows
 * itself; there is nothing to do). VACUUM runs outside a transaction block: each connection here is
 * in auto-commit, no JTA transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PostgresVacuum implements TableUpkeep {

    private static final Logger LOG = Logger.getLogger(PostgresVacuum.class.getName());

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;

    /**
     * The mapping queue. Every mapped statement leaves a dead row in it, and a queue emptied ten
     * thousand times a second is mostly dead rows within seconds: its look-ups then step over them
     * all. Autovacuum comes at most once a minute per database, and may be switched off; the worker
     * calls this after each run of dequeues instead. The table's live rows are the statements
     * waiting, so a vacuum takes milliseconds.
     */
    @Override
    public void mappingQueue() {
        run(false, "VACUUM xapi_mapping_queue");
    }

    /**
     * The tables a stream of statements grows, when autovacuum is off. Without statistics that know
     * a tenant's share, PostgreSQL estimated a tenant of a new database at a few hundred rows and
     * read a chunk's statements by ids with a hash join over all the tenant's statements (830 ms
     * for 400 ids at 70,000 statements, not 1 ms of key probes).
     */
    @Override
    public void statementStatistics() {
        run(true, V10__Tenant_statistics.TABLES.stream().map(table -> "ANALYZE " + table).toArray(String[]::new));
    }

    /**
     * The outbox's tables, when autovacuum is off. Sequencing an event and each step of a delivery
     * update a row, and the dispatcher's look-ups step over the dead versions; its plans need
     * statistics that know how large the tables have grown (with none, PostgreSQL checked each
     * person's order through the wrong index: 1.3 s a lease at 100,000 deliveries, not 5 ms).
     * Where autovacuum runs, it does this.
     */
    @Override
    public void outbox() {
        run(true, "VACUUM ANALYZE outbox_event", "VACUUM ANALYZE delivery", "VACUUM ANALYZE delivery_attempt");
    }

    private void run(boolean onlyWithoutAutovacuum, String... commands) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                    || onlyWithoutAutovacuum && autovacuum(statement)) {
                return;
            }
            for (String command : commands) {
                statement.execute(command);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Vacuuming failed: " + e.getMessage());
        }
    }

    private static boolean autovacuum(Statement statement) throws SQLException {
        try (ResultSet on = statement.executeQuery("SHOW autovacuum")) {
            return on.next() && on.getString(1).equals("on");
        }
    }
}
