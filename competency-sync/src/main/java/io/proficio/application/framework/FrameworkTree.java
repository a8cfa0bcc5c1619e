package io.proficio.application.framework;

import io.proficio.domain.framework.Framework;
import java.util.List;

/** A framework and its competency tree, roots first in framework order. */
public record FrameworkTree(Framework framework, long competencyCount, List<CompetencyNode> roots) {
}
