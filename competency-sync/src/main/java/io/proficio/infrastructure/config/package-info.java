/**
 * Proficio's settings: one typed catalogue read through MicroProfile Config (so each setting is
 * also an environment variable), with defaults and a check that fails start-up with a clear message.
 */
package io.proficio.infrastructure.config;
