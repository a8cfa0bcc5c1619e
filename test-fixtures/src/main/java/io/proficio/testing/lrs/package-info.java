/**
 * A test double of an upstream LRS served over real HTTP, for the tests of Proficio's statement pulling:
 * {@link io.proficio.testing.lrs.TestLrs} answers GET Statements (xAPI 1.0.3 Communication §2.1.3) with pages
 * and {@code more} links in the {@link io.proficio.testing.lrs.MoreStyle} a test picks, checks Basic credentials
 * and the version header, and fails or stalls on request.
 */
package io.proficio.testing.lrs;
