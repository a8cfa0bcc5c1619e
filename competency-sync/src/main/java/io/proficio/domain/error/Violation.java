package io.proficio.domain.error;

/**
 * One thing wrong with a request: where (a JSON Pointer into the request body, RFC 6901) and what.
 *
 * @param pointer JSON Pointer to the offending value, never null ("" for the whole body)
 * @param detail  what is wrong, in a sentence, never null
 */
public record Violation(String pointer, String detail) {
}
