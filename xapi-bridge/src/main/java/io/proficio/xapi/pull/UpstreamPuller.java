package io.proficio.xapi.pull;

import io.proficio.application.xapi.XapiUpstreamService;
import io.proficio.domain.statement.XapiUpstream;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls from the upstream LRSs of every tenant as they fall due: looks every two seconds, then runs
 * each due upstream ({@link UpstreamPull}) one after the other, and looks again until none it could
 * claim is due. One look at a time per node (a look still running when the next is scheduled lets it
 * pass); several nodes share the work through the claim, which only one of them wins per run. As
 * upstreams are pulled one after the other, a slow LRS holds up the others on this node by at most one run
 * ({@link PullPlan#MAX_RUN} and the last request's read timeout); one with a long backlog goes to the back
 * of the queue after each run.
 *
 * <p>Not in a transaction: each step of a run (the claim, each page stored, each checkpoint, the end)
 * commits on its own, and no transaction is held open across requests to an upstream.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpstreamPuller {

    /** Due upstreams taken per look. */
    static final int DUE = 20;
    private static final Logger LOG = Logger.getLogger(UpstreamPuller.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    XapiUpstreamService upstreams;
    @Inject
    UpstreamPull pull;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void pullDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // Stops when nothing is due, or when everything due is taken by other nodes.
            boolean ranAny = true;
            while (ranAny) {
                ranAny = false;
                List<XapiUpstream> due = upstreams.due(Instant.now(), DUE);
                for (XapiUpstream upstream : due) {
                    ranAny |= pull.run(upstream);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pulling from upstream LRSs failed; the puller looks again in two seconds", e);
        } finally {
            running.set(false);
        }
    }
}
