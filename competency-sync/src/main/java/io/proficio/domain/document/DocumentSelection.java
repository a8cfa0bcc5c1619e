package io.proficio.domain.document;

import java.time.Instant;
import java.util.Optional;

/**
 * The documents a GET without an id lists, or a State DELETE without {@code stateId} removes (xAPI
 * 1.0.3 Communication §2.3: "all state data for this context (Activity + Agent [+ registration if
 * specified])").
 *
 * @param context      kind, activity and agent; its registration is read only when {@code byRegistration}
 * @param since        only documents stored or changed after this instant (GET only)
 */
public record DocumentSelection(DocumentContext context, boolean byRegistration, Optional<Instant> since) {
}
