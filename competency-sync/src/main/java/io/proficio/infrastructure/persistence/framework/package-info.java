/**
 * Frameworks, competencies, scales and alignments on JPA.
 */
package io.proficio.infrastructure.persistence.framework;
