/**
 * Competency frameworks (1EdTech CASE import and export), their scales, and the alignment of
 * content with competencies.
 */
package io.proficio.application.framework;
