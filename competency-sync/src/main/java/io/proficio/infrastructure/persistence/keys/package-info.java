/**
 * The tool's keys on JPA.
 */
package io.proficio.infrastructure.persistence.keys;
