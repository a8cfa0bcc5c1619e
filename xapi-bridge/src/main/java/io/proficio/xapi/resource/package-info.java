/**
 * The xAPI Statement Resource ({@code /xapi/statements}, xAPI 1.0.3 Communication §2.1): statements
 * received, checked, completed with what the LRS sets (id, stored, authority, version), compared with
 * any already stored under their ids, and stored with their place in the mapping queue.
 */
package io.proficio.xapi.resource;
