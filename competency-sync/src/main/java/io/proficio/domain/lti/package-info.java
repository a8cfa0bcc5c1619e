/**
 * LTI 1.3 platform registrations of a tenant (keyed by issuer and client_id), their deployments and the
 * policy for deployments not seen before, and the short-lived state of launches in progress (login
 * state, used nonces) shared by every application node through the database.
 */
package io.proficio.domain.lti;
