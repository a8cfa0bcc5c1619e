/**
 * xAPI statements as Proficio keeps them, and the sources that send them: each source a tenant's
 * Basic credentials for {@code /xapi/}, its secret stored only as a hash. Upstream LRSs that Proficio
 * pulls statements from, with their checkpoint and back-off, store what they pull as from a source of
 * their own.
 */
package io.proficio.domain.statement;
