/**
 * Statement intake, one way for every statement whatever brought it (a POST or PUT to
 * {@code /xapi/statements}, or a pull from an upstream LRS): validation, attachment checks,
 * signatures, the resend rules of xAPI 1.0.3 Communication §2.1.2, then one write.
 */
package io.proficio.xapi.intake;
