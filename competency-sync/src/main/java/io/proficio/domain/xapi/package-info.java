/**
 * The rules that turn an xAPI statement's verb and result into competency evidence: the facts read
 * from a statement ({@link io.proficio.domain.xapi.StatementFacts}), a tenant's editable verb rules
 * ({@link io.proficio.domain.xapi.MappingRules}, with defaults for the ADL and cmi5 verbs) and the
 * closed outcome ({@link io.proficio.domain.xapi.MappingOutcome}). Pure functions over values: no
 * persistence, no I/O; reading statements and storing evidence happen elsewhere.
 */
package io.proficio.domain.xapi;
