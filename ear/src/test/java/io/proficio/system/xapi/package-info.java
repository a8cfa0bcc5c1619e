/**
 * A test double of an upstream LRS served over real HTTP, for the system tests of Proficio's statement
 * pulling: {@link io.proficio.system.xapi.TestLrs} answers GET Statements (xAPI 1.0.3 Communication
 * §2.1.3) with pages and {@code more} links in the {@link io.proficio.system.xapi.MoreStyle} a test picks,
 * checks Basic credentials and the version header, and fails or stalls on request.
 */
package io.proficio.system.xapi;
