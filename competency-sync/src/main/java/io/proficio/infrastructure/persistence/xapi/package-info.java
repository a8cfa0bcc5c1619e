/**
 * Statements (written in batches on plain JDBC, queried on JPA), the mapping queue, documents,
 * activities, xAPI sources and upstreams.
 */
package io.proficio.infrastructure.persistence.xapi;
