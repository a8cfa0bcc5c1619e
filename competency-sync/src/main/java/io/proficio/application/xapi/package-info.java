/**
 * The xAPI context: statements stored and queried, documents, xAPI sources and upstream LRSs,
 * and the mapping of stored statements to evidence by the tenant's rules.
 */
package io.proficio.application.xapi;
