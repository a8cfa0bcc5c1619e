package io.proficio.application.framework;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.framework.ScaleLevel;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Reads and redefines the proficiency scale of a framework. */
@Stateless
public class ScaleService {

    @Inject
    FrameworkRepository frameworks;

    public Scale get(TenantId tenantId, FrameworkId frameworkId) {
        return frameworks.scale(tenantId, frameworkId)
                .orElseThrow(() -> ProficioException.notFound("Framework", frameworkId));
    }

    /**
     * Replaces the scale's levels. A scale cannot shrink below a level that a role stage or an
     * alignment already asks of one of the framework's competencies.
     */
    public Scale define(TenantId tenantId, FrameworkId frameworkId, List<ScaleLevel> levels, int proficientLevel) {
        Scale scale = get(tenantId, frameworkId);
        int inUse = frameworks.highestLevelInUse(tenantId, frameworkId);
        scale.define(levels, proficientLevel, Instant.now());
        if (scale.highestLevel() < inUse) {
            throw new ProficioException(ErrorCode.CONFLICT, "Level " + inUse + " is required by a role stage or"
                    + " an alignment of this framework; the scale must keep at least " + inUse + " levels.");
        }
        return scale;
    }
}
