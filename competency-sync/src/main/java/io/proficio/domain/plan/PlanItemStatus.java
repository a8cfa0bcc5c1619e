package io.proficio.domain.plan;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A plan item's status. Met is final (reported once, kept even if a level later decays); cancelled
 * is final; otherwise overdue once the due date has passed, in progress with any progress, else not
 * started.
 */
public enum PlanItemStatus {
    NOT_STARTED, IN_PROGRESS, MET, OVERDUE, CANCELLED;

    public static PlanItemStatus of(double progress, LocalDate dueDate, LocalDate today) {
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return progress > 0 ? IN_PROGRESS : NOT_STARTED;
    }

    public boolean isFinal() {
        return this == MET || this == CANCELLED;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
