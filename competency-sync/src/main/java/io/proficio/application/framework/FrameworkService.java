package io.proficio.application.framework;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.casepkg.CaseItem;
import io.proficio.domain.casepkg.CasePackage;
import io.proficio.domain.casepkg.CasePackageParser;
import io.proficio.domain.casepkg.Hierarchy;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.Framework;
import io.proficio.domain.framework.FrameworkAssociation;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports, browses and exports competency frameworks (1EdTech CASE 1.0). An import is one
 * transaction: a package that fails any check leaves nothing behind.
 */
@Stateless
public class FrameworkService {

    @Inject
    FrameworkRepository frameworks;

    /**
     * Imports a CFPackage. A CFDocument new to the tenant becomes a framework with the default
     * scale; one already imported is updated in place, its competencies keeping their ids.
     *
     * @param json the package text, never null
     */
    public ImportResult importPackage(TenantId tenantId, String json) {
        CasePackage casePackage = CasePackageParser.parse(json);
        Instant now = Instant.now();
        String identifier = casePackage.document().identifier();
        Framework framework = frameworks.findByCaseIdentifier(tenantId, identifier).orElse(null);
        boolean created = framework == null;
        if (created) {
            framework = new Framework(FrameworkId.generate(), tenantId, identifier, now);
        }
        framework.describe(casePackage.document(), casePackage.definitions().toString(),
                casePackage.rubrics().toString(), now);
        if (created) {
            frameworks.add(framework);
            Scale scale = new Scale(framework.id(), tenantId);
            scale.define(Scale.DEFAULT_LEVELS, Scale.DEFAULT_PROFICIENT_LEVEL, now);
            frameworks.add(scale);
            frameworks.flush();
        }
        replaceItems(tenantId, framework.id(), casePackage.items(), now);
        replaceAssociations(tenantId, framework.id(), casePackage);
        return new ImportResult(framework.id(), created);
    }

    private void replaceItems(TenantId tenantId, FrameworkId frameworkId, List<CaseItem> items, Instant now) {
        Map<String, Competency> existing = frameworks.competencies(tenantId, frameworkId).stream()
                .collect(Collectors.toMap(Competency::caseIdentifier, Function.identity()));
        for (int i = 0; i < items.size(); i++) {
            CaseItem item = items.get(i);
            Competency competency = existing.remove(item.identifier());
            if (competency == null) {
                competency = new Competency(CompetencyId.generate(), tenantId, frameworkId, item.identifier());
                competency.describe(item, i);
                frameworks.add(competency);
            } else {
                competency.describe(item, i);
            }
        }
        existing.values().forEach(gone -> gone.retire(now));
    }

    private void replaceAssociations(TenantId tenantId, FrameworkId frameworkId, CasePackage casePackage) {
        frameworks.removeAssociations(tenantId, frameworkId);
        for (int i = 0; i < casePackage.associations().size(); i++) {
            frameworks.add(new FrameworkAssociation(tenantId, frameworkId, i, casePackage.associations().get(i)));
        }
    }

    public List<FrameworkSummary> list(TenantId tenantId) {
        return frameworks.all(tenantId).stream().map(this::summary).toList();
    }

    public FrameworkSummary summary(TenantId tenantId, FrameworkId id) {
        return summary(get(tenantId, id));
    }

    private FrameworkSummary summary(Framework framework) {
        return new FrameworkSummary(framework, frameworks.activeCompetencyCount(framework.tenantId(), framework.id()));
    }

    /** @throws ProficioException not found, also for another tenant's framework */
    public Framework get(TenantId tenantId, FrameworkId id) {
        return frameworks.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Framework", id));
    }

    /** The framework with its competency tree. */
    public FrameworkTree tree(TenantId tenantId, FrameworkId id) {
        Framework framework = get(tenantId, id);
        Map<String, Competency> byIdentifier = new HashMap<>();
        activeCompetencies(tenantId, id).forEach(c -> byIdentifier.put(c.caseIdentifier(), c));
        Hierarchy hierarchy = storedPackage(framework).hierarchy();
        List<CompetencyNode> roots = hierarchy.roots().stream()
                .map(identifier -> node(identifier, hierarchy, byIdentifier))
                .toList();
        return new FrameworkTree(framework, byIdentifier.size(), roots);
    }

    private static CompetencyNode node(String identifier, Hierarchy hierarchy, Map<String, Competency> byIdentifier) {
        List<CompetencyNode> children = hierarchy.children(identifier).stream()
                .map(child -> node(child, hierarchy, byIdentifier))
                .toList();
        return new CompetencyNode(byIdentifier.get(identifier), children);
    }

    /** The framework as a CASE CFPackage: what was imported last, every property kept. */
    public JsonObject exportPackage(TenantId tenantId, FrameworkId id) {
        return storedPackage(get(tenantId, id)).toJSONObject();
    }

    private CasePackage storedPackage(Framework framework) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        activeCompetencies(framework.tenantId(), framework.id()).forEach(c -> items.add(read(c.itemJson())));
        JsonArrayBuilder associations = JSON.createArrayBuilder();
        frameworks.associations(framework.tenantId(), framework.id()).forEach(a -> associations.add(read(a.associationJson())));
        JsonObject stored = JSON.createObjectBuilder()
                .add("CFDocument", read(framework.documentJson()))
                .add("CFItems", items)
                .add("CFAssociations", associations)
                .add("CFDefinitions", read(framework.definitionsJson()))
                .add("CFRubrics", JSON.createReader(new StringReader(framework.rubricsJson())).readArray())
                .build();
        return CasePackageParser.parse(stored);
    }

    private List<Competency> activeCompetencies(TenantId tenantId, FrameworkId id) {
        return frameworks.competencies(tenantId, id).stream().filter(c -> !c.isRetired()).toList();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** @throws ProficioException not found, also for another tenant's competency */
    public Competency competency(TenantId tenantId, CompetencyId id) {
        return frameworks.findCompetency(tenantId, id).orElseThrow(() -> ProficioException.notFound("Competency", id));
    }

    /**
     * Active competencies whose statement or code contains {@code text}.
     *
     * @param frameworkId may be null for every framework of the tenant
     */
    public List<Competency> search(TenantId tenantId, String text, FrameworkId frameworkId, int limit) {
        if (frameworkId != null) {
            get(tenantId, frameworkId);
        }
        return frameworks.searchCompetencies(tenantId, text == null ? "" : text.strip(), frameworkId, limit);
    }
}
