package io.proficio.interfaces.api;

import io.proficio.domain.framework.Competency;

/** A competency as the API shows it: Proficio's id, and the CASE item's identifier and texts. */
public record CompetencyJson(String id, String frameworkId, String identifier, String code, String statement,
                             String abbreviatedStatement, String type, String listEnumeration) {

    static CompetencyJson of(Competency c) {
        return new CompetencyJson(c.id().value(), c.frameworkId().value(), c.caseIdentifier(), c.humanCodingScheme(),
                c.fullStatement(), c.abbreviatedStatement(), c.itemType(), c.listEnumeration());
    }
}
