package io.proficio.domain.certification;

import io.proficio.domain.alignment.ContentRef;

/** One requirement of a certification. */
public sealed interface Requirement {

    /** A level (or above) in a competency. */
    record CompetencyLevel(String competencyId, int level) implements Requirement {
    }

    /** Every requirement of a stage of a role profile (stages are numbered from 1). */
    record RoleStage(String roleId, int stage) implements Requirement {
    }

    /** Content done: active evidence that came from it. */
    record ContentDone(ContentRef content) implements Requirement {
    }
}
