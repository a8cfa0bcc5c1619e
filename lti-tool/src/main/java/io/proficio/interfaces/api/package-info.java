/**
 * The REST API under {@code /api/v1}: thin resources that read a request record, call one
 * application service with the caller's tenant, and return a response record. Bearer-token
 * authentication, scope checks, and RFC 9457 Problem Details for every refusal live here too.
 */
package io.proficio.interfaces.api;
