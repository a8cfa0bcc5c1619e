/**
 * People, their identifiers and name changes on JPA.
 */
package io.proficio.infrastructure.persistence.people;
