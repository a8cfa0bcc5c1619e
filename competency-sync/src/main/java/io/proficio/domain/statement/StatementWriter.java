package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingResult;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Inserts received statements, their filter keys and their mapping-queue rows as three JDBC batches
 * on the transaction's connection: the statement intake is the hottest write path, and going
 * through JPA cost a managed copy and a change set per row (most of a batch's time in the xAPI
 * benchmark). The mapping's outcomes are written the same way; reading stays with JPA
 * ({@link StatementRepository}).
 */
public interface StatementWriter {

    /**
     * @throws SQLException a statement id stored meanwhile is an integrity violation (SQLSTATE 23…)
     */
    void insert(TenantId tenantId, String sourceId, List<NewStatement> statements, Instant enqueuedAt) throws SQLException;

    /** Records what mapping each statement came to ({@code id → result}) in one JDBC batch. */
    void recordMappings(TenantId tenantId, Map<String, MappingResult> outcomes) throws SQLException;
}
