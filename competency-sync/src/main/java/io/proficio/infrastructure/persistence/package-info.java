/**
 * JPA persistence: the datasource, Flyway migrations at start-up, and the repositories. Every
 * repository method that reads tenant data takes the {@code TenantId} and filters on it.
 */
package io.proficio.infrastructure.persistence;
