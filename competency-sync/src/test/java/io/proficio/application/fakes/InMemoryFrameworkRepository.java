package io.proficio.application.fakes;

import io.proficio.domain.casepkg.CaseItem;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Framework;
import io.proficio.domain.framework.FrameworkAssociation;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.tenant.TenantId;
import jakarta.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link FrameworkRepository} in memory, as {@code JpaFrameworkRepository} answers the lookups the
 * services make: frameworks, competencies (in package order, retired ones included), scales, and the
 * {@code isChildOf} edges between active competencies. The hierarchy is given as edges
 * ({@link #childOf}) rather than as CASE associations, which keep their origin and destination without
 * an accessor; searching, associations and the levels in use are not supported.
 */
public final class InMemoryFrameworkRepository implements FrameworkRepository {

    private final List<Framework> frameworks = new ArrayList<>();
    private final List<Competency> competencies = new ArrayList<>();
    private final List<Scale> scales = new ArrayList<>();
    /** {@code [child id, parent id]}, in the order given. */
    private final List<String[]> edges = new ArrayList<>();

    /** Adds a {@link Framework}, {@link Competency} or {@link Scale}. */
    @Override
    public void add(Object entity) {
        if (entity instanceof Framework framework) {
            frameworks.add(framework);
        } else if (entity instanceof Competency competency) {
            competencies.add(competency);
        } else if (entity instanceof Scale scale) {
            scales.add(scale);
        } else {
            throw new UnsupportedOperationException("Cannot store a " + entity.getClass().getSimpleName());
        }
    }

    /** A framework of the tenant with the default five-level scale (proficient from 3), as an import makes it. */
    public FrameworkId framework(TenantId tenantId, String caseIdentifier) {
        FrameworkId id = new FrameworkId(caseIdentifier + "-framework");
        add(new Framework(id, tenantId, caseIdentifier, Instant.EPOCH));
        Scale scale = new Scale(id, tenantId);
        scale.define(Scale.DEFAULT_LEVELS, Scale.DEFAULT_PROFICIENT_LEVEL, Instant.EPOCH);
        add(scale);
        return id;
    }

    /**
     * A competency of the framework whose id, CASE identifier and human coding scheme are all
     * {@code code}, placed after the framework's competencies so far.
     */
    public Competency competency(TenantId tenantId, FrameworkId frameworkId, String code, String statement) {
        Competency competency = new Competency(new CompetencyId(code), tenantId, frameworkId, code);
        int position = (int) competencies.stream().filter(c -> c.frameworkId().equals(frameworkId)).count();
        competency.describe(new CaseItem(code, null, statement, null, code, null, null,
                Json.createObjectBuilder().build()), position);
        add(competency);
        return competency;
    }

    /** The edge {@code child isChildOf parent} between two competencies of one framework. */
    public void childOf(Competency child, Competency parent) {
        if (!child.frameworkId().equals(parent.frameworkId())) {
            throw new IllegalArgumentException("isChildOf joins competencies of one framework");
        }
        edges.add(new String[] {child.id().value(), parent.id().value()});
    }

    @Override
    public void flush() {
    }

    @Override
    public Optional<Framework> find(TenantId tenantId, FrameworkId id) {
        return frameworks.stream().filter(f -> f.tenantId().equals(tenantId) && f.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Framework> findByCaseIdentifier(TenantId tenantId, String caseIdentifier) {
        return frameworks.stream().filter(f -> f.tenantId().equals(tenantId)
                && f.caseIdentifier().equals(caseIdentifier)).findFirst();
    }

    @Override
    public List<Framework> all(TenantId tenantId) {
        return frameworks.stream().filter(f -> f.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Framework::title, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    @Override
    public List<Competency> competencies(TenantId tenantId, FrameworkId frameworkId) {
        return competencies.stream().filter(c -> c.tenantId().equals(tenantId) && c.frameworkId().equals(frameworkId))
                .sorted(Comparator.comparingInt(Competency::position)).toList();
    }

    @Override
    public long activeCompetencyCount(TenantId tenantId, FrameworkId frameworkId) {
        return competencies(tenantId, frameworkId).stream().filter(c -> !c.isRetired()).count();
    }

    @Override
    public Optional<Competency> findCompetency(TenantId tenantId, CompetencyId id) {
        return competencies.stream().filter(c -> c.tenantId().equals(tenantId) && c.id().equals(id)).findFirst();
    }

    @Override
    public List<Competency> searchCompetencies(TenantId tenantId, String text, FrameworkId frameworkId, int limit) {
        throw new UnsupportedOperationException("searchCompetencies");
    }

    @Override
    public List<FrameworkAssociation> associations(TenantId tenantId, FrameworkId frameworkId) {
        throw new UnsupportedOperationException("associations");
    }

    /** The edges whose child and parent are active competencies of the tenant's framework, in the order given. */
    @Override
    public List<Object[]> childParentPairs(TenantId tenantId, FrameworkId frameworkId) {
        List<String> active = competencies(tenantId, frameworkId).stream().filter(c -> !c.isRetired())
                .map(c -> c.id().value()).toList();
        return edges.stream().filter(edge -> active.contains(edge[0]) && active.contains(edge[1]))
                .map(edge -> new Object[] {edge[0], edge[1]}).toList();
    }

    @Override
    public void removeAssociations(TenantId tenantId, FrameworkId frameworkId) {
        throw new UnsupportedOperationException("removeAssociations");
    }

    @Override
    public Optional<Scale> scale(TenantId tenantId, FrameworkId frameworkId) {
        return scales.stream().filter(s -> EntityFields.tenantId(s).equals(tenantId.value())
                && s.frameworkId().equals(frameworkId)).findFirst();
    }

    @Override
    public Optional<Scale> scaleOfCompetency(TenantId tenantId, CompetencyId competencyId) {
        return findCompetency(tenantId, competencyId).flatMap(c -> scale(tenantId, c.frameworkId()));
    }

    @Override
    public int highestLevelInUse(TenantId tenantId, FrameworkId frameworkId) {
        throw new UnsupportedOperationException("highestLevelInUse");
    }
}
