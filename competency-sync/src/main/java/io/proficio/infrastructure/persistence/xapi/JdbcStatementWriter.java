package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.StatementKey;
import io.proficio.domain.statement.StatementWriter;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingResult;
import io.proficio.infrastructure.persistence.BulkSql;
import io.proficio.infrastructure.persistence.StartupMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * {@link StatementWriter} on plain JDBC: a batch is one statement per table ({@link BulkSql}), so
 * PostgreSQL parses and plans three statements a batch, not one per row.
 */
@ApplicationScoped
public class JdbcStatementWriter implements StatementWriter {

    private static final String STATEMENTS = "INSERT INTO xapi_statement (tenant_id, id, source_id, stored_at,"
            + " verb_id, activity_id, actor_ifi, registration, voids_id, ref_id, voided, version, statement_json,"
            + " mapping_status) SELECT ?, u.id, ?, CAST(u.stored_at AS TIMESTAMP WITH TIME ZONE), u.verb_id,"
            + " u.activity_id, u.actor_ifi, u.registration, u.voids_id, u.ref_id, FALSE, u.version, u.statement_json, ?"
            + " FROM " + BulkSql.rows("id", "stored_at", "verb_id", "activity_id", "actor_ifi", "registration", "voids_id",
            "ref_id", "version", "statement_json");
    private static final String KEYS = "INSERT INTO xapi_statement_key (tenant_id, statement_id, kind, key_value)"
            + " SELECT ?, u.statement_id, u.kind, u.key_value FROM " + BulkSql.rows("statement_id", "kind", "key_value");
    private static final String QUEUE = "INSERT INTO xapi_mapping_queue (tenant_id, statement_id, enqueued_at, attempts,"
            + " next_attempt_at) SELECT ?, u.statement_id, ?, 0, ? FROM " + BulkSql.rows("statement_id");

    private static final String MAPPINGS = BulkSql.rows("id", "mapping_status", "mapping_detail");

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;
    @Inject
    BulkSql bulk;

    @Override
    public void insert(TenantId tenantId, String sourceId, List<NewStatement> statements, Instant enqueuedAt)
            throws SQLException {
        OffsetDateTime enqueued = OffsetDateTime.ofInstant(enqueuedAt, ZoneOffset.UTC);
        List<String> ids = statements.stream().map(NewStatement::id).toList();
        List<NewStatementKey> keys = statements.stream()
                .flatMap(s -> s.keys().stream().map(k -> new NewStatementKey(s.id(), k))).toList();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(STATEMENTS);
             PreparedStatement key = connection.prepareStatement(KEYS);
             PreparedStatement queue = connection.prepareStatement(QUEUE)) {
            statement.setString(1, tenantId.value());
            statement.setString(2, sourceId);
            statement.setString(3, XapiStatement.QUEUED);
            bindColumns(connection, statement, 4, statements, NewStatement::id, s -> s.storedAt().toString(),
                    NewStatement::verbId, s -> s.activityId().orElse(null), s -> s.actorIfi().orElse(null),
                    s -> s.registration().orElse(null), s -> s.voidsId().orElse(null), s -> s.refId().orElse(null),
                    NewStatement::version, NewStatement::json);
            statement.executeUpdate();
            key.setString(1, tenantId.value());
            bindColumns(connection, key, 2, keys, NewStatementKey::statementId, k -> k.key().kind().column(),
                    k -> k.key().value());
            key.executeUpdate();
            queue.setString(1, tenantId.value());
            queue.setObject(2, enqueued);
            queue.setObject(3, enqueued);
            bindColumns(connection, queue, 4, ids, id -> id);
            queue.executeUpdate();
        }
    }

    @Override
    public void recordMappings(TenantId tenantId, Map<String, MappingResult> outcomes) throws SQLException {
        List<Map.Entry<String, MappingResult>> rows = List.copyOf(outcomes.entrySet());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(bulk.update("xapi_statement", MAPPINGS,
                     "t.tenant_id = ? AND t.id = u.id", "mapping_status = u.mapping_status, mapping_detail = u.mapping_detail"))) {
            bindColumns(connection, update, 1, rows, Map.Entry::getKey, outcome -> outcome.getValue().status(),
                    outcome -> XapiStatement.fitted(outcome.getValue().detail()));
            update.setString(4, tenantId.value());
            update.executeUpdate();
        }
    }

    /** One key of one new statement: a row of {@code xapi_statement_key}. */
    private record NewStatementKey(String statementId, StatementKey key) {
    }

    /** Binds one VARCHAR array a column, from parameter {@code first} on: column c of row r is {@code columns[c](rows[r])}. */
    @SafeVarargs
    private static <T> void bindColumns(Connection connection, PreparedStatement statement, int first, List<T> rows,
                                        Function<T, String>... columns) throws SQLException {
        List<String[]> arrays = BulkSql.columns(rows, columns);
        for (int c = 0; c < arrays.size(); c++) {
            statement.setArray(first + c, connection.createArrayOf("VARCHAR", arrays.get(c)));
        }
    }
}
