/**
 * Pulling xAPI Statements from an upstream LRS (xAPI 1.0.3 Communication §2.1.3, GET Statements, and
 * Data §2.5, StatementResult): {@link io.proficio.xapi.pull.UpstreamLrsClient} asks for a first page
 * with an {@link io.proficio.xapi.pull.UpstreamQuery} and follows the LRS's {@code more} links; an
 * {@link io.proficio.xapi.pull.UpstreamLrs} says where the LRS is and how to sign in, and every failure
 * is an {@link io.proficio.xapi.pull.UpstreamFailure} of a catalogued kind. Nothing here stores or maps
 * what it reads.
 */
package io.proficio.xapi.pull;
