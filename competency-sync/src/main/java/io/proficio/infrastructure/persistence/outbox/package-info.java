/**
 * Outbox events, destinations and deliveries on JPA, with the leases the dispatcher takes.
 */
package io.proficio.infrastructure.persistence.outbox;
