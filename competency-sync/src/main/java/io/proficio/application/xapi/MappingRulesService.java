package io.proficio.application.xapi;

import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.MappingRules;
import io.proficio.domain.xapi.TenantMappingRules;
import jakarta.ejb.Stateless;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's rules from xAPI verb to evidence: the defaults (ADL and cmi5 verbs) until the tenant
 * replaces them as a whole, and again after a reset. Changed rules apply to statements mapped from
 * then on; statements mapped before are mapped again through {@link StatementService#requeue}.
 */
@Stateless
public class MappingRulesService {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    /** The rules in force and whether they are the defaults. */
    public record InForce(MappingRules rules, boolean defaults, Optional<Instant> updatedAt) {
    }

    public InForce of(TenantId tenantId) {
        return Optional.ofNullable(em.find(TenantMappingRules.class, tenantId.value()))
                .map(own -> new InForce(own.rules(), false, Optional.of(own.updatedAt())))
                .orElseGet(() -> new InForce(MappingRules.defaults(), true, Optional.empty()));
    }

    /** @throws io.proficio.domain.error.ProficioException 400 with a pointer per bad rule; nothing changes */
    public InForce replace(TenantId tenantId, JsonValue rules) {
        MappingRules parsed = MappingRules.parse(rules);
        Instant now = Instant.now();
        TenantMappingRules own = em.find(TenantMappingRules.class, tenantId.value());
        if (own == null) {
            em.persist(new TenantMappingRules(tenantId, parsed, now));
        } else {
            own.replace(parsed, now);
        }
        return new InForce(parsed, false, Optional.of(now));
    }

    public InForce reset(TenantId tenantId) {
        Optional.ofNullable(em.find(TenantMappingRules.class, tenantId.value())).ifPresent(em::remove);
        return of(tenantId);
    }
}
