/**
 * A test double of a performance-management system's webhook endpoint: {@link
 * io.proficio.testing.webhook.TestReceiver} is a real HTTP server that verifies Standard Webhooks signatures the
 * way receiver libraries do, answers as scripted, and records what it received and how concurrently.
 */
package io.proficio.testing.webhook;
