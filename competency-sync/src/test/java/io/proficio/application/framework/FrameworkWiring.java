package io.proficio.application.framework;

import io.proficio.domain.framework.FrameworkRepository;

/** Injects the framework services by hand, for tests outside this package. */
public final class FrameworkWiring {

    private FrameworkWiring() {
    }

    public static ScaleService scales(FrameworkRepository frameworks) {
        ScaleService service = new ScaleService();
        service.frameworks = frameworks;
        return service;
    }
}
