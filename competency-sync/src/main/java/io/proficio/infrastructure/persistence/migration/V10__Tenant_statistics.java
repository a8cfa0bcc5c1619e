package io.proficio.infrastructure.persistence.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the planner keeps a single most-common value of {@code tenant_id} in the tables
 * that grow fastest. With a full list of the tenants seen at the last ANALYZE, a tenant that came
 * later (or grew since) is estimated at one row, so a look-up by primary key (tenant and id) ties
 * with a scan of the tenant's rows through any other (tenant, …) index, and the planner took the
 * scan: the xAPI benchmark's new tenant had its statements' look-ups, updates and foreign-key checks
 * read its whole share of the table (50 ms instead of 0.05 ms each). With one value kept, every
 * other tenant is estimated at its share of the rest, and keys win. H2 keeps no per-value
 * statistics; there is nothing to do.
 */
public class V10__Tenant_statistics extends BaseJavaMigration {

    public static final List<String> TABLES = List.of("xapi_statement", "xapi_statement_key", "xapi_mapping_queue",
            "evidence", "proficiency", "person", "person_identifier");

    @Override
    public void migrate(Context context) throws SQLException {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN tenant_id SET STATISTICS 1");
                statement.execute("ANALYZE " + table);
            }
        }
    }
}
