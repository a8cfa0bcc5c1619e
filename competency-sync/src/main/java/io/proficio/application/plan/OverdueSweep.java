package io.proficio.application.plan;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, plan items past their due date become overdue, each with its event. Each batch
 * commits on its own, so a failing one is retried at the next tick.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class OverdueSweep {

    static final int SWEEP_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(OverdueSweep.class.getName());

    @Inject
    PlanItemService planItems;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            while (planItems.markOverdue(Instant.now(), SWEEP_BATCH) == SWEEP_BATCH) {
                // the next batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The overdue sweep failed; it is retried in a minute", e);
        }
    }
}
