/**
 * System tests: the built EAR deployed on a managed Payara (Arquillian) and driven over real HTTP,
 * as an admin, an integration or another tenant would. Each test class makes its own tenants, so
 * classes share nothing and run in any order, on H2 and on PostgreSQL alike.
 */
package io.proficio.system;
