/**
 * The evidence ledger: evidence recorded (by people, imports and statement mappings), revoked
 * and listed; each change re-derives the levels it touches.
 */
package io.proficio.application.evidence;
