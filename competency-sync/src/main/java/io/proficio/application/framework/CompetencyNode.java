package io.proficio.application.framework;

import io.proficio.domain.framework.Competency;
import java.util.List;

/** A competency with the competencies under it, as the framework's {@code isChildOf} tree places them. */
public record CompetencyNode(Competency competency, List<CompetencyNode> children) {
}
