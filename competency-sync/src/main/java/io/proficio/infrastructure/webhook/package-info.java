/**
 * The webhook connector: an HTTP POST of the event envelope, signed per Standard Webhooks, sent on
 * a pool of reused sender threads.
 */
package io.proficio.infrastructure.webhook;
