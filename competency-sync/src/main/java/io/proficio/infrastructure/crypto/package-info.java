/**
 * Secrets at rest: the installation's secret key and the box that encrypts private keys and other
 * secrets with it before they reach the database (JWE, {@code dir} + A256GCM, through Nimbus).
 */
package io.proficio.infrastructure.crypto;
