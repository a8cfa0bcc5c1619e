/**
 * Persistence: the datasource, Flyway migrations at start-up, the database's health and upkeep;
 * one subpackage per context holds the JPA/JDBC implementations of the domain's repository
 * interfaces. Every repository method that reads tenant data takes the {@code TenantId} and
 * filters on it.
 */
package io.proficio.infrastructure.persistence;
