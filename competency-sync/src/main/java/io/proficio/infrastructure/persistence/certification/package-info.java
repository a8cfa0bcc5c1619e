/**
 * Certifications, their versions and awards on JPA.
 */
package io.proficio.infrastructure.persistence.certification;
