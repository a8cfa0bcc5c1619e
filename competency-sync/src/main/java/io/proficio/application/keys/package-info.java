/**
 * The tool's signing keys: made on first start, rotated, encrypted at rest, published as a JWK
 * set.
 */
package io.proficio.application.keys;
