/**
 * Levels, proficiency settings and role profiles on JPA.
 */
package io.proficio.infrastructure.persistence.proficiency;
