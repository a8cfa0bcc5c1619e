package io.proficio.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Set-based SQL for many rows at once: the rows' values travel as one VARCHAR array a column and are
 * read back as a table ({@code UNNEST(CAST(? AS VARCHAR ARRAY), …) AS u(…)}), so the database parses
 * and plans one statement a batch, not one a row (nor a text with a thousand parameters for each size
 * of batch), and the same text serves H2 and PostgreSQL. Columns that are not text are cast where
 * they are used ({@code CAST(u.sequence AS BIGINT)}).
 */
@ApplicationScoped
public class BulkSql {

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;
    /** Whether the database is PostgreSQL, read once from the first connection. */
    private volatile Boolean postgres;

    /** {@code UNNEST(CAST(? AS VARCHAR ARRAY), …) AS u(columns…)}: one array parameter a column. */
    public static String rows(String... columns) {
        return "UNNEST(" + String.join(", ", Collections.nCopies(columns.length, "CAST(? AS VARCHAR ARRAY)"))
                + ") AS u(" + String.join(", ", columns) + ")";
    }

    /** The array parameters of {@link #rows}: column c holds {@code columns[c]} of every row. */
    @SafeVarargs
    public static <T> List<String[]> columns(List<T> rows, Function<T, String>... columns) {
        List<String[]> arrays = new ArrayList<>(columns.length);
        for (Function<T, String> column : columns) {
            String[] values = new String[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = column.apply(rows.get(r));
            }
            arrays.add(values);
        }
        return arrays;
    }

    /** Binds the arrays of {@link #columns} to {@code query}'s parameters from {@code first} on. */
    public static Query bind(Query query, int first, List<String[]> arrays) {
        for (int c = 0; c < arrays.size(); c++) {
            query.setParameter(first + c, arrays.get(c));
        }
        return query;
    }

    /**
     * An update of the rows of {@code table} (alias {@code t}) that {@code match} pairs with the rows
     * {@code u} of {@link #rows}: {@code UPDATE … FROM} on PostgreSQL (before 15 it has no MERGE),
     * {@code MERGE} on H2 (which has no {@code UPDATE … FROM}). Parameters come in the same order in
     * both: the arrays of {@code rows}, then those of {@code match}; {@code set} names the target's
     * columns unqualified and takes no parameters.
     */
    public String update(String table, String rows, String match, String set) {
        return postgres()
                ? "UPDATE " + table + " t SET " + set + " FROM " + rows + " WHERE " + match
                : "MERGE INTO " + table + " t USING (SELECT * FROM " + rows + ") AS u ON " + match
                + " WHEN MATCHED THEN UPDATE SET " + set;
    }

    /**
     * {@code SELECT columns} of the rows {@code s} of {@code table} that {@code match} pairs with each
     * id {@code i.id} of one array parameter (bound first, then {@code match}'s parameters): one key
     * probe an id whatever the statistics say. PostgreSQL, given the join as such, estimated a tenant
     * whose statistics predate its rows at a few hundred and joined by hashing all of them (830 ms for
     * 400 ids of a tenant with 70,000 statements, not 1 ms); the lateral subquery, kept apart by
     * {@code OFFSET 0}, leaves it a nested loop of probes. H2 probes by key for the plain join.
     */
    public String byIds(String columns, String table, String match) {
        String ids = "UNNEST(CAST(? AS VARCHAR ARRAY)) AS i(id)";
        return postgres()
                ? "SELECT " + columns + " FROM " + ids + " CROSS JOIN LATERAL (SELECT * FROM " + table + " s WHERE "
                + match + " OFFSET 0) s"
                : "SELECT " + columns + " FROM " + ids + " JOIN " + table + " s ON " + match;
    }

    private boolean postgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            } catch (SQLException e) {
                throw new PersistenceException("The database could not be asked its name", e);
            }
        }
        return postgres;
    }
}
