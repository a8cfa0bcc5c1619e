/**
 * xAPI documents (1.0.3 Communication §2.2–§2.7): State, Activity Profile and Agent Profile documents
 * a tenant's content keeps in Proficio as in any LRS, with their content type, bytes and ETag, the
 * merge of JSON documents (§2.2) and the concurrency rules of §3.1. Documents never become evidence.
 */
package io.proficio.domain.document;
