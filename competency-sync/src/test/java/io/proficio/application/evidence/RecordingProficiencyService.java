package io.proficio.application.evidence;

import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real {@link ProficiencyService} that also notes what each refresh was asked to derive
 * (person id → competency ids), so a test can tell exactly what recording evidence touched.
 */
final class RecordingProficiencyService extends ProficiencyService {

    private final List<Map<String, Set<String>>> refreshed = new ArrayList<>();

    /** The single-competency refresh delegates here too. */
    @Override
    public void refresh(TenantId tenantId, Map<String, Set<String>> competenciesByPerson) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        competenciesByPerson.forEach((person, competencies) -> copy.put(person, new LinkedHashSet<>(competencies)));
        refreshed.add(copy);
        super.refresh(tenantId, competenciesByPerson);
    }

    /** What each refresh since the last call was asked to derive, in order; refreshes of no one included. */
    List<Map<String, Set<String>>> drain() {
        List<Map<String, Set<String>>> drained = List.copyOf(refreshed);
        refreshed.clear();
        return drained;
    }
}
