/**
 * Structural validation of xAPI Statements as sent to the Statement Resource (xAPI 1.0.3 Data §2, and
 * IEEE 9274.1.1 / xAPI 2.0 where it differs). {@link io.proficio.xapi.statement.StatementValidator}
 * is the entry point; one package-private rules class per part of a Statement (actor, verb, object,
 * result, context, attachments) and {@code Formats} for the scalar formats (IRI, UUID, duration,
 * timestamp, language tag). Validation collects every violation, each with a JSON Pointer.
 */
package io.proficio.xapi.statement;
