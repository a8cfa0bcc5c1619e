package io.proficio.application.proficiency;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.role.RoleId;
import io.proficio.domain.role.RoleProfile;
import io.proficio.domain.role.RoleProfileRepository;
import io.proficio.domain.role.RoleProfileRules;
import io.proficio.domain.role.RoleProfileSpec;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates, reads, redefines and removes role profiles. */
@Stateless
public class RoleProfileService {

    @Inject
    RoleProfileRepository roles;
    @Inject
    FrameworkRepository frameworks;

    public RoleProfile create(TenantId tenantId, RoleProfileSpec spec) {
        RoleProfile role = new RoleProfile(RoleId.generate(), tenantId, Instant.now());
        define(tenantId, role, spec);
        roles.add(role);
        return role;
    }

    public RoleProfile update(TenantId tenantId, RoleId id, RoleProfileSpec spec) {
        RoleProfile role = get(tenantId, id);
        define(tenantId, role, spec);
        return role;
    }

    private void define(TenantId tenantId, RoleProfile role, RoleProfileSpec spec) {
        RoleProfileRules.check(spec, competencyId -> scaleOf(tenantId, competencyId));
        if (roles.nameTaken(tenantId, spec.name(), role.id())) {
            throw new ProficioException(ErrorCode.CONFLICT, "A role profile named '" + spec.name().strip() + "' exists.");
        }
        role.define(spec, Instant.now());
    }

    private Optional<Scale> scaleOf(TenantId tenantId, String competencyId) {
        return frameworks.scaleOfCompetency(tenantId, new CompetencyId(competencyId));
    }

    public RoleProfile get(TenantId tenantId, RoleId id) {
        return roles.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Role profile", id));
    }

    public List<RoleProfile> list(TenantId tenantId) {
        return roles.all(tenantId);
    }

    public void delete(TenantId tenantId, RoleId id) {
        roles.remove(get(tenantId, id));
    }
}
