package io.proficio.application.certification;

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
 * Every minute, awards move on as time passes (renewal window, expiry), each with its event. Each
 * batch commits on its own, so a failing one is retried at the next tick.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class ExpirySweep {

    static final int SWEEP_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ExpirySweep.class.getName());

    @Inject
    CertificationService certifications;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            Instant now = Instant.now();
            while (certifications.age(now, SWEEP_BATCH) == SWEEP_BATCH) {
                now = Instant.now();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The expiry sweep failed; it is retried in a minute", e);
        }
    }
}
