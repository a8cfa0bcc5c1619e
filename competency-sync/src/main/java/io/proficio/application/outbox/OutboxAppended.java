package io.proficio.application.outbox;

import io.proficio.domain.tenant.TenantId;

/**
 * A transaction wrote events to the outbox: fired once per transaction, observed after it commits
 * ({@code TransactionPhase.AFTER_SUCCESS}) by this node's {@link Dispatcher}, so delivery starts at
 * once without the writer knowing who delivers.
 */
public record OutboxAppended(TenantId tenantId) {
}
