/**
 * Use cases, one package per context ({@code evidence}, {@code proficiency}, {@code certification},
 * {@code plan}, {@code people}, {@code framework}, {@code xapi}, {@code lti}, {@code outbox}, ...):
 * transactional services called by the edges (REST resources, LTI, xAPI) with the caller's tenant.
 * They check the rules, change the domain through its repository interfaces, and return domain
 * objects or small views; they know nothing of HTTP. Contexts that react to another's change observe
 * its CDI event ({@code LevelsChanged}, {@code OutboxAppended}) instead of being called by it.
 */
package io.proficio.application;
