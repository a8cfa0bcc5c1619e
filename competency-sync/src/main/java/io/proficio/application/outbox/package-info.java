/**
 * The outbox: events written in the transaction of the change they report, destinations, and
 * the dispatcher that delivers them (webhooks, gradebooks) once committed.
 */
package io.proficio.application.outbox;
