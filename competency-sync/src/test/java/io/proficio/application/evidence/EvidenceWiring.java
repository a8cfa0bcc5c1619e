package io.proficio.application.evidence;

import io.proficio.application.people.PersonDirectory;
import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.FrameworkRepository;

/** Injects an {@link EvidenceService} by hand, for tests outside this package. */
public final class EvidenceWiring {

    private EvidenceWiring() {
    }

    public static EvidenceService wire(EvidenceRepository ledger, FrameworkRepository frameworks, PersonDirectory people,
                                       ProficiencyService proficiency) {
        EvidenceService service = new EvidenceService();
        service.ledger = ledger;
        service.frameworks = frameworks;
        service.people = people;
        service.proficiency = proficiency;
        return service;
    }
}
