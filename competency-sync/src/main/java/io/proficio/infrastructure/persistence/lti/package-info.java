/**
 * Platform registrations, login states, courses and gradebook publications on JPA.
 */
package io.proficio.infrastructure.persistence.lti;
