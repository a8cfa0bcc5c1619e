/**
 * The refusals Proficio reports: a catalogue of error codes, and an exception carrying the
 * violations found in a request. Edges map them to RFC 9457 Problem Details or their protocol's own
 * error form.
 */
package io.proficio.domain.error;
