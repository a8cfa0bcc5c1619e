package io.proficio.domain.person;

import io.proficio.domain.tenant.TenantId;

/**
 * A duplicate record was merged into the survivor, in the transaction still open: its identifiers,
 * evidence and reports now belong to the survivor, whose levels the proficiency context derives
 * afresh from the combined ledger (it observes this CDI event).
 */
public record PersonMerged(TenantId tenantId, PersonId survivor, PersonId duplicate) {
}
