package io.proficio.domain.outbox;

import java.util.List;

/**
 * A destination as an admin configures it, unchecked; a null setting takes its default.
 *
 * @param platformId for an {@code lms-gradebook}: the LTI platform registration whose AGS it posts to
 * @param eventTypes the event types to receive; null or empty for all (a gradebook: all it can show)
 */
public record DestinationSpec(String type, String url, String platformId, List<String> eventTypes, Integer maxInFlight,
                              Integer maxAttempts, Long maxAgeSeconds, Integer timeoutMs, Long backoffInitialMs,
                              Long backoffMaxMs) {
}
