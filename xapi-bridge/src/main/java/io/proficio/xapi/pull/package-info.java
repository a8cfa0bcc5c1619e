/**
 * Pulling xAPI Statements from upstream LRSs (xAPI 1.0.3 Communication §2.1.3, GET Statements, and
 * Data §2.5, StatementResult). The client: {@link io.proficio.xapi.pull.UpstreamLrsClient} asks for a
 * first page with an {@link io.proficio.xapi.pull.UpstreamQuery} and follows the LRS's {@code more}
 * links; an {@link io.proficio.xapi.pull.UpstreamLrs} says where the LRS is and how to sign in, and every
 * failure is an {@link io.proficio.xapi.pull.UpstreamFailure} of a catalogued kind. The pull: the
 * {@link io.proficio.xapi.pull.UpstreamPuller} runs each tenant's due upstreams, an
 * {@link io.proficio.xapi.pull.UpstreamPull} is one run (pages stored through the statement intake, then
 * checkpointed), and {@link io.proficio.xapi.pull.PullPlan} is what a run asks for and how far a page
 * takes it.
 */
package io.proficio.xapi.pull;
