/**
 * The transactional outbox and what reads it: events written in the transaction of the change they
 * report, their feed positions and per-person sequences, the destinations they are delivered to, and
 * the deliveries with their attempts. The delivery rules are pure ({@link io.proficio.domain.outbox.Backoff},
 * {@link io.proficio.domain.outbox.WebhookSignature}).
 */
package io.proficio.domain.outbox;
