/**
 * A test double of a performance-management system's webhook endpoint: a real HTTP server that
 * verifies Standard Webhooks signatures the way receiver libraries do and answers as scripted.
 */
package io.proficio.system.webhook;
