package io.proficio.application.fakes;

import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.StatementWriter;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingResult;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StatementWriter} over an {@link InMemoryStatementRepository}, as {@code JdbcStatementWriter}
 * writes: each statement a row (mapping status {@code queued}, not voided) and a queue entry due at
 * once; an id stored already fails the batch with an integrity violation. The mapping outcomes are
 * written to the rows and also kept as {@link MappingResult}s, to compare with.
 */
public final class InMemoryStatementWriter implements StatementWriter {

    private final InMemoryStatementRepository statements;
    private final Map<String, MappingResult> recorded = new LinkedHashMap<>();

    public InMemoryStatementWriter(InMemoryStatementRepository statements) {
        this.statements = statements;
    }

    @Override
    public void insert(TenantId tenantId, String sourceId, List<NewStatement> received, Instant enqueuedAt)
            throws SQLException {
        for (NewStatement s : received) {
            if (statements.contains(tenantId, s.id())) {
                throw new SQLException("duplicate key value violates unique constraint", "23505");
            }
        }
        for (NewStatement s : received) {
            XapiStatement row = EntityFields.instantiate(XapiStatement.class);
            EntityFields.set(row, "tenantId", tenantId.value());
            EntityFields.set(row, "id", s.id());
            EntityFields.set(row, "sourceId", sourceId);
            EntityFields.set(row, "storedAt", s.storedAt());
            EntityFields.set(row, "verbId", s.verbId());
            EntityFields.set(row, "activityId", s.activityId().orElse(null));
            EntityFields.set(row, "actorIfi", s.actorIfi().orElse(null));
            EntityFields.set(row, "registration", s.registration().orElse(null));
            EntityFields.set(row, "voidsId", s.voidsId().orElse(null));
            EntityFields.set(row, "refId", s.refId().orElse(null));
            EntityFields.set(row, "voided", false);
            EntityFields.set(row, "version", s.version());
            EntityFields.set(row, "statementJson", s.json());
            EntityFields.set(row, "mappingStatus", XapiStatement.QUEUED);
            statements.insert(row);
            statements.enqueue(tenantId, s.id(), enqueuedAt);
        }
    }

    @Override
    public void recordMappings(TenantId tenantId, Map<String, MappingResult> outcomes) {
        outcomes.forEach((id, result) -> {
            statements.find(tenantId, id).ifPresent(row -> row.mapped(result));
            recorded.put(id, result);
        });
    }

    /** The last mapping result recorded for each statement id, in the order first recorded. */
    public Map<String, MappingResult> recorded() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(recorded));
    }
}
