package io.proficio.domain.role;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored requirement of a stage: a competency and the level asked of it. */
@Embeddable
public class StageRequirement {

    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "level_number")
    private int level;

    protected StageRequirement() {
    }

    StageRequirement(LevelRequirement requirement) {
        this.competencyId = requirement.competencyId();
        this.level = requirement.level();
    }

    public String competencyId() {
        return competencyId;
    }

    public int level() {
        return level;
    }
}
