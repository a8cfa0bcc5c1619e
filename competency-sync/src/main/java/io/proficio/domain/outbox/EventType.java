package io.proficio.domain.outbox;

import java.util.Arrays;
import java.util.Optional;

/** The events Proficio reports to performance-management systems. */
public enum EventType {
    CERTIFICATION_AWARDED("certification.awarded"),
    CERTIFICATION_RENEWED("certification.renewed"),
    CERTIFICATION_EXPIRING("certification.expiring"),
    CERTIFICATION_EXPIRED("certification.expired"),
    CERTIFICATION_REVOKED("certification.revoked"),
    PLAN_ITEM_PROGRESS("plan_item.progress"),
    PLAN_ITEM_MET("plan_item.met"),
    PLAN_ITEM_OVERDUE("plan_item.overdue"),
    PROFICIENCY_ACHIEVED("proficiency.achieved"),
    PROFICIENCY_LOST("proficiency.lost");

    private final String value;

    EventType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<EventType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
    }
}
