package io.proficio.application.outbox;

import io.proficio.domain.outbox.AttemptResult;

/**
 * Sends one leased delivery to an LMS gradebook destination: the port the dispatcher hands
 * {@code lms_gradebook} deliveries to, implemented by the LTI context (AGS), so the outbox knows
 * nothing of LTI.
 */
public interface GradebookDelivery {

    /** One attempt, on the caller's thread; never throws for the platform's refusals. */
    AttemptResult deliver(DeliveryService.Lease lease);
}
