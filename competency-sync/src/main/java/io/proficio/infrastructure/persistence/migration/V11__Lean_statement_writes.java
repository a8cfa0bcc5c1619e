package io.proficio.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Less work per stored statement, the hottest write of all (ten thousand a second is the aim):
 * <ul>
 * <li>No foreign keys on the statement tables. A statement, its keys and its queue row are written
 * together by one path ({@code StatementWriter}) in one transaction, for a source of the tenant
 * that authenticated, and tenants and sources are never deleted (a revoked source keeps its row).
 * The checks cost a look-up per row and a share lock on the one tenant row all intake transactions
 * share; on PostgreSQL the mapping's update of each statement ran its checks as well.</li>
 * <li>Filter keys in one index, (tenant, kind, value, statement), instead of a primary key and a
 * look-up index of almost the same columns: the query filters read it alone.</li>
 * <li>No index on (tenant, actor) and on the id alone: the agent filter reads the keys, and ids are
 * looked up by the primary key (tenant, id) on both databases now.</li>
 * <li>On PostgreSQL, statement pages are filled to 70%: the mapping then updates a statement's
 * status in its own page, without new entries in the table's indexes.</li>
 * </ul>
 * The constraints' names are the database's own (H2 makes them up), so they are read from the
 * standard information schema.
 */
public class V11__Lean_statement_writes extends BaseJavaMigration {

    private static final List<String> STATEMENT_TABLES = List.of("xapi_statement", "xapi_statement_key",
            "xapi_mapping_queue");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String table : STATEMENT_TABLES) {
                for (String constraint : constraints(connection, table, "FOREIGN KEY")) {
                    statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + constraint);
                }
            }
            for (String constraint : constraints(connection, "xapi_statement_key", "PRIMARY KEY")) {
                statement.execute("ALTER TABLE xapi_statement_key DROP CONSTRAINT " + constraint);
            }
            statement.execute("DROP INDEX xapi_statement_key_lookup");
            statement.execute("CREATE INDEX xapi_statement_key_lookup ON xapi_statement_key"
                    + " (tenant_id, kind, key_value, statement_id)");
            statement.execute("DROP INDEX xapi_statement_actor");
            statement.execute("DROP INDEX xapi_statement_id");
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                statement.execute("ALTER TABLE xapi_statement SET (fillfactor = 70)");
            }
        }
    }

    private static List<String> constraints(Connection connection, String table, String type) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT constraint_name FROM"
                + " information_schema.table_constraints WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ?"
                + " AND constraint_type = ?")) {
            query.setString(1, table);
            query.setString(2, type);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
