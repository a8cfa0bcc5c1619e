package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.StatementKey;
import io.proficio.domain.statement.StatementWriter;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingResult;
import io.proficio.infrastructure.persistence.StartupMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link StatementWriter} on plain JDBC. */
@ApplicationScoped
public class JdbcStatementWriter implements StatementWriter {

    private static final String STATEMENT = "INSERT INTO xapi_statement (tenant_id, id, source_id, stored_at, verb_id,"
            + " activity_id, actor_ifi, registration, voids_id, voided, version, statement_json, mapping_status,"
            + " mapping_detail, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String KEY = "INSERT INTO xapi_statement_key (tenant_id, statement_id, kind, key_value)"
            + " VALUES (?, ?, ?, ?)";
    private static final String QUEUE = "INSERT INTO xapi_mapping_queue (tenant_id, statement_id, enqueued_at, attempts,"
            + " next_attempt_at) VALUES (?, ?, ?, 0, ?)";

    private static final String MAPPED = "UPDATE xapi_statement SET mapping_status = ?, mapping_detail = ?"
            + " WHERE tenant_id = ? AND id = ?";

    @Resource(lookup = StartupMigrator.DATASOURCE)
    DataSource dataSource;

    @Override
    public void insert(TenantId tenantId, String sourceId, List<NewStatement> statements, Instant enqueuedAt)
            throws SQLException {
        OffsetDateTime enqueued = OffsetDateTime.ofInstant(enqueuedAt, ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(STATEMENT);
             PreparedStatement key = connection.prepareStatement(KEY);
             PreparedStatement queue = connection.prepareStatement(QUEUE)) {
            for (NewStatement s : statements) {
                statement.setString(1, tenantId.value());
                statement.setString(2, s.id());
                statement.setString(3, sourceId);
                statement.setObject(4, OffsetDateTime.ofInstant(s.storedAt(), ZoneOffset.UTC));
                statement.setString(5, s.verbId());
                text(statement, 6, s.activityId());
                text(statement, 7, s.actorIfi());
                text(statement, 8, s.registration());
                text(statement, 9, s.voidsId());
                statement.setBoolean(10, false);
                statement.setString(11, s.version());
                statement.setString(12, s.json());
                statement.setString(13, XapiStatement.QUEUED);
                statement.setNull(14, Types.VARCHAR);
                text(statement, 15, s.refId());
                statement.addBatch();
                for (StatementKey k : s.keys()) {
                    key.setString(1, tenantId.value());
                    key.setString(2, s.id());
                    key.setString(3, k.kind().column());
                    key.setString(4, k.value());
                    key.addBatch();
                }
                queue.setString(1, tenantId.value());
                queue.setString(2, s.id());
                queue.setObject(3, enqueued);
                queue.setObject(4, enqueued);
                queue.addBatch();
            }
            statement.executeBatch();
            key.executeBatch();
            queue.executeBatch();
        }
    }

    @Override
    public void recordMappings(TenantId tenantId, Map<String, MappingResult> outcomes) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(MAPPED)) {
            for (Map.Entry<String, MappingResult> outcome : outcomes.entrySet()) {
                update.setString(1, outcome.getValue().status());
                update.setString(2, XapiStatement.fitted(outcome.getValue().detail()));
                update.setString(3, tenantId.value());
                update.setString(4, outcome.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void text(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
