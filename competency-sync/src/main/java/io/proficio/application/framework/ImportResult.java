package io.proficio.application.framework;

import io.proficio.domain.framework.FrameworkId;

/**
 * The outcome of a framework import.
 *
 * @param created true when the package's CFDocument was new to the tenant, false when an existing
 *                framework was updated in place
 */
public record ImportResult(FrameworkId frameworkId, boolean created) {
}
