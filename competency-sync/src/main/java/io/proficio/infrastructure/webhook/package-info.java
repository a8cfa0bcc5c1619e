/**
 * The webhook connector: an HTTP POST of the event envelope, signed per Standard Webhooks, sent
 * without blocking a thread per request.
 */
package io.proficio.infrastructure.webhook;
