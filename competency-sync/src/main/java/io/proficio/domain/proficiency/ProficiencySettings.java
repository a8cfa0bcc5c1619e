package io.proficio.domain.proficiency;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How a tenant derives proficiency: the policy over a competency's evidence and the rule that
 * rolls children up to a parent without evidence of its own. Tenants that never chose use
 * {@link #DEFAULT_POLICY} and {@link #DEFAULT_ROLL_UP}.
 */
@Entity
@Table(name = "tenant_settings")
public class ProficiencySettings {

    /** The latest evidence counts, as in Moodle's competency ratings. */
    public static final String DEFAULT_POLICY = "latest";
    public static final RollUpRule DEFAULT_ROLL_UP = RollUpRule.AVERAGE;

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "proficiency_policy")
    private String policy;
    @Column(name = "roll_up_rule")
    private String rollUp;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProficiencySettings() {
    }

    public ProficiencySettings(TenantId tenantId) {
        this.tenantId = tenantId.value();
        this.policy = DEFAULT_POLICY;
        this.rollUp = DEFAULT_ROLL_UP.value();
    }

    public static ProficiencySettings defaults(TenantId tenantId) {
        return new ProficiencySettings(tenantId);
    }

    public void choose(ProficiencyPolicy newPolicy, RollUpRule newRollUp, Instant at) {
        this.policy = newPolicy.value();
        this.rollUp = newRollUp.value();
        this.updatedAt = at;
    }

    public ProficiencyPolicy policy() {
        return ProficiencyPolicy.parse(policy);
    }

    public RollUpRule rollUp() {
        return RollUpRule.parse(rollUp).orElseThrow();
    }
}
