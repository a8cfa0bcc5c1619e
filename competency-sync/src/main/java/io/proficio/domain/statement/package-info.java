/**
 * xAPI statements as Proficio keeps them, and the sources that send them: each source a tenant's
 * Basic credentials for {@code /xapi/}, its secret stored only as a hash.
 */
package io.proficio.domain.statement;
