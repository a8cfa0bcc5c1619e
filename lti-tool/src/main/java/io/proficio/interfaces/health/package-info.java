/**
 * MicroProfile Health checks, answered at Payara's {@code /health}: Proficio is ready only when its
 * database answers and its migrations have been applied.
 */
package io.proficio.interfaces.health;
