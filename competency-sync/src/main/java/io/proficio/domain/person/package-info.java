/**
 * People of a tenant and the identifiers other systems know them by (LTI iss and sub, email, the
 * xAPI agent forms, an HR employee id). Any one identifier finds the person; linking and merging
 * are explicit and keep all evidence.
 */
package io.proficio.domain.person;
