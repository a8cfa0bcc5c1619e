package io.proficio.application.proficiency;

import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.proficiency.ProficiencyRepository;
import jakarta.enterprise.event.Event;

/** Injects a {@link ProficiencyService} (or a subclass) by hand, for tests outside this package. */
public final class ProficiencyWiring {

    private ProficiencyWiring() {
    }

    public static <S extends ProficiencyService> S wire(S service, EvidenceRepository evidence,
                                                       ProficiencyRepository proficiencies, FrameworkRepository frameworks,
                                                       Event<LevelsChanged> levelsChanged) {
        service.evidence = evidence;
        service.proficiencies = proficiencies;
        service.frameworks = frameworks;
        service.levelsChanged = levelsChanged;
        return service;
    }
}
