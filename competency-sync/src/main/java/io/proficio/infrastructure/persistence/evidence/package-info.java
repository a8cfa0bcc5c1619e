/**
 * The evidence ledger on JPA.
 */
package io.proficio.infrastructure.persistence.evidence;
