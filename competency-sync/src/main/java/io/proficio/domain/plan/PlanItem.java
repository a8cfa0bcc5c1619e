package io.proficio.domain.plan;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A target set for a person by the performance-management system, known there by {@code externalId}. */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "certification_id")
    private String certificationId;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "target_level")
    private Integer targetLevel;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "review_cycle")
    private String reviewCycle;
    private String status;
    private double progress;
    @Column(name = "met_at")
    private Instant metAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PlanItem() {
    }

    public PlanItem(TenantId tenantId, String externalId, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.externalId = externalId;
        this.status = PlanItemStatus.NOT_STARTED.name();
        this.createdAt = at;
    }

    /** Sets what is asked of whom by when; a cancelled item set again is open again. */
    public void set(PersonId person, PlanTarget target, LocalDate due, String cycle, Instant at) {
        personId = person.value();
        if (target instanceof PlanTarget.EarnCertification c) {
            certificationId = c.certificationId();
            competencyId = null;
            targetLevel = null;
        } else {
            PlanTarget.ReachLevel r = (PlanTarget.ReachLevel) target;
            certificationId = null;
            competencyId = r.competencyId();
            targetLevel = r.level();
        }
        dueDate = due;
        reviewCycle = cycle;
        if (cancelledAt != null) {
            cancelledAt = null;
            status = PlanItemStatus.NOT_STARTED.name();
        }
        updatedAt = at;
    }

    /**
     * Takes the progress towards the target.
     *
     * @return the status before, when the status or progress changed
     */
    public Optional<PlanItemStatus> progress(double fraction, boolean met, LocalDate today, Instant at) {
        PlanItemStatus before = status();
        if (before.isFinal()) {
            return Optional.empty();
        }
        PlanItemStatus next = met ? PlanItemStatus.MET : PlanItemStatus.of(fraction, dueDate, today);
        double nextProgress = met ? 1.0 : fraction;
        if (next == before && nextProgress == progress) {
            return Optional.empty();
        }
        status = next.name();
        progress = nextProgress;
        if (met) {
            metAt = at;
        }
        updatedAt = at;
        return Optional.of(before);
    }

    /** @return false when it was cancelled already */
    public boolean cancel(Instant at) {
        if (status() == PlanItemStatus.CANCELLED) {
            return false;
        }
        status = PlanItemStatus.CANCELLED.name();
        cancelledAt = at;
        updatedAt = at;
        return true;
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String externalId() {
        return externalId;
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public PlanTarget target() {
        return certificationId != null ? new PlanTarget.EarnCertification(certificationId)
                : new PlanTarget.ReachLevel(competencyId, targetLevel);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Optional<String> reviewCycle() {
        return Optional.ofNullable(reviewCycle);
    }

    public PlanItemStatus status() {
        return PlanItemStatus.valueOf(status);
    }

    public double progressFraction() {
        return progress;
    }

    public Optional<Instant> metAt() {
        return Optional.ofNullable(metAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
