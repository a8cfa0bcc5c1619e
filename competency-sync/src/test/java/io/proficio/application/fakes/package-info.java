/**
 * In-memory fakes of the domain's repository interfaces and of a CDI {@link jakarta.enterprise.event.Event},
 * for plain JUnit tests of the application services. Each fake keeps the semantics of its JPA
 * implementation that the services rely on (tenant filtering, ordering, unique keys) and returns the
 * stored entities themselves, as a persistence context returns managed ones.
 */
package io.proficio.application.fakes;
