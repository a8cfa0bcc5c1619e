/**
 * The proficiency engine: policies that derive one person's level in a competency from their
 * evidence, the roll-up of levels through the competency hierarchy, the gaps against a role stage,
 * and the ranking of aligned content that can close those gaps. Pure functions over values: no
 * persistence, no injection, no I/O, so every rule can be tested on its own.
 */
package io.proficio.domain.proficiency;
