/**
 * The evidence ledger: append-only observations that a person showed a competency at a level,
 * each from a source (an xAPI statement, an LMS score, a rating) recorded once. Retraction marks
 * evidence, it never removes it.
 */
package io.proficio.domain.evidence;
