package io.proficio.domain.outbox;

import java.util.List;

/**
 * A destination as an admin configures it, unchecked; a null setting takes its default.
 *
 * @param eventTypes the event types to receive; null or empty for all
 */
public record DestinationSpec(String type, String url, List<String> eventTypes, Integer maxInFlight,
                              Integer maxAttempts, Long maxAgeSeconds, Integer timeoutMs, Long backoffInitialMs,
                              Long backoffMaxMs) {
}
