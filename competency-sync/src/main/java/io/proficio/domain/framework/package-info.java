/**
 * Competency frameworks as imported from CASE: the framework, its competencies (CFItems), the
 * associations between them, and the framework's proficiency scale.
 */
package io.proficio.domain.framework;
