package io.proficio.application.framework;

import io.proficio.domain.framework.Framework;

/** A framework as lists show it. */
public record FrameworkSummary(Framework framework, long competencyCount) {
}
