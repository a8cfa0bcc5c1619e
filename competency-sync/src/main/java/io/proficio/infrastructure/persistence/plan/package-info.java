/**
 * Plan items on JPA.
 */
package io.proficio.infrastructure.persistence.plan;
