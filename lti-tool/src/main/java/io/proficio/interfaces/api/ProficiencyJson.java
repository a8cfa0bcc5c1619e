package io.proficio.interfaces.api;

import io.proficio.domain.framework.Competency;
import io.proficio.domain.proficiency.Proficiency;
import java.time.Instant;
import java.util.List;

/**
 * A person's level in a competency, and why: {@code basis} lists the evidence it was derived from;
 * {@code rolledUp} says it came from the competency's children; {@code provisional} that it awaits
 * a manager's confirmation.
 */
public record ProficiencyJson(String competencyId, String code, String statement, int level, boolean provisional,
                              boolean rolledUp, List<String> basis, Instant updatedAt) {

    static ProficiencyJson of(io.proficio.application.proficiency.HeldProficiency held) {
        Proficiency p = held.proficiency();
        Competency c = held.competency();
        return new ProficiencyJson(p.competencyId().value(), c == null ? null : c.humanCodingScheme(),
                c == null ? null : c.fullStatement(), p.level(), p.isProvisional(), p.isRolledUp(), p.basis(),
                p.updatedAt());
    }
}
