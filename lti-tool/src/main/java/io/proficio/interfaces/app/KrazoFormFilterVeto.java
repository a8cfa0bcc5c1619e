package io.proficio.interfaces.app;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Keeps Jakarta MVC's hidden-method form filter from being a CDI bean. Krazo 3.0.1 (Payara's) makes it
 * a request-scoped bean whose constructor reads the service files of the whole class path on every
 * request: 15 % of the server's CPU in the launch benchmark. Outside CDI, Jersey makes it once. The
 * pages never override a form's method, so the filter has nothing to do either way.
 */
public class KrazoFormFilterVeto implements Extension {

    static final String FILTER = "org.eclipse.krazo.forms.FormMethodOverwriteFilter";

    <T> void veto(@Observes ProcessAnnotatedType<T> type) {
        if (FILTER.equals(type.getAnnotatedType().getJavaClass().getName())) {
            type.veto();
        }
    }
}
