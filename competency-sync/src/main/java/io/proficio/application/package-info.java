/**
 * Use cases: one transactional service per aggregate, called by the edges (REST resources, LTI,
 * xAPI) with the caller's tenant. Services check the rules, change the domain, and return domain
 * objects or small views; they know nothing of HTTP.
 */
package io.proficio.application;
