/**
 * What the GET side of the Statement Resource needs from a stored Statement (xAPI 1.0.3
 * Communication §2.1.3, IEEE 9274.1.1 §4.1.6.1): the keys the {@code agent}, {@code related_agents}
 * and {@code related_activities} filters match, and the {@code ids}, {@code exact} and
 * {@code canonical} formats a Statement is returned in. {@link io.proficio.xapi.query.AgentIdentifier}
 * is the one place an Agent or Group becomes Proficio's identifier text. Pure functions on
 * {@code jakarta.json} values; no storage and no HTTP here.
 */
package io.proficio.xapi.query;
