package io.proficio.domain.statement;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A statement ready to store: its final JSON (with the id, {@code stored} and {@code authority} the
 * server set) and the values queries filter on, read from it by the xAPI edge.
 *
 * @param actorIfi the actor's inverse functional identifier as a person identifier text
 *                 ({@code mailto:…}, {@code account:<homePage>|<name>}, …); empty for a Group without one
 * @param refId    the statement its StatementRef object targets (also for a voiding statement)
 * @param keys     what the agent and related filters find it by
 */
public record NewStatement(String id, Instant storedAt, String verbId, Optional<String> activityId,
                           Optional<String> actorIfi, Optional<String> registration, Optional<String> voidsId,
                           Optional<String> refId, String version, String json, Set<StatementKey> keys) {
}
