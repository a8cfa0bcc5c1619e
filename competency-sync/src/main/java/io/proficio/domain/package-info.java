/**
 * Proficio's domain, a package for each concept (frameworks, people, evidence, proficiency,
 * certifications, the outbox…); here only the small helpers several of them share.
 */
package io.proficio.domain;
