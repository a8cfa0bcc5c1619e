/**
 * The xAPI About resource (xAPI 1.0.3 Communication §2.8): which versions of the specification
 * this endpoint speaks. Needs no credentials.
 */
package io.proficio.xapi.about;
