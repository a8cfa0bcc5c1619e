package io.proficio.domain.xapi;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;

/** A tenant's own mapping rules, in their text form; a tenant without a row uses {@link MappingRules#defaults()}. */
@Entity
@Table(name = "xapi_mapping_rules")
public class TenantMappingRules {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "rules_json")
    private String rulesJson;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TenantMappingRules() {
    }

    public TenantMappingRules(TenantId tenantId, MappingRules rules, Instant now) {
        this.tenantId = tenantId.value();
        replace(rules, now);
    }

    public void replace(MappingRules rules, Instant now) {
        this.rulesJson = rules.toJSONArray().toString();
        this.updatedAt = now;
    }

    public MappingRules rules() {
        return MappingRules.parse(JSON.createReader(new StringReader(rulesJson)).readValue());
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
