/**
 * Tenants (organisations) and the API tokens that act for them. Every other aggregate belongs to
 * exactly one tenant; a token's hash, never the token, is stored.
 */
package io.proficio.domain.tenant;
