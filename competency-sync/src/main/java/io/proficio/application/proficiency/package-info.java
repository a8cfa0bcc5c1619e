/**
 * Proficiency: levels derived from the evidence ledger by the tenant's policy and roll-up rule,
 * published as {@code LevelsChanged} in the deriving transaction, gaps against role profiles,
 * and the proficiency events.
 */
package io.proficio.application.proficiency;
