package io.proficio.domain.statement;

import java.time.Instant;
import java.util.Optional;

/** Filters of a statement query (xAPI 1.0.3 Communication §2.1.3); every part may be empty. */
public record StatementFilter(Optional<String> agentIfi, Optional<String> verbId, Optional<String> activityId,
                              Optional<String> registration, Optional<Instant> since, Optional<Instant> until,
                              boolean relatedAgents, boolean relatedActivities, boolean ascending) {
}
