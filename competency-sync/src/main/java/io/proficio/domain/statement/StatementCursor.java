package io.proficio.domain.statement;

import java.time.Instant;

/** A place in the stored order to go on from: the last statement of the previous page. */
public record StatementCursor(Instant storedAt, String id) {
}
