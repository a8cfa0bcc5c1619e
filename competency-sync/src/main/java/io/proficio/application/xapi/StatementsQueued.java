package io.proficio.application.xapi;

import io.proficio.domain.tenant.TenantId;

/**
 * A transaction queued statements for mapping: observed after it commits
 * ({@code TransactionPhase.AFTER_SUCCESS}) by this node's {@link StatementMappingWorker}, so mapping
 * starts at once instead of at the worker's next second.
 */
public record StatementsQueued(TenantId tenantId) {
}
