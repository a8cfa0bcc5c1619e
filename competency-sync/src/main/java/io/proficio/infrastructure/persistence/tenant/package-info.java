/**
 * Tenants and their tokens on JPA.
 */
package io.proficio.infrastructure.persistence.tenant;
