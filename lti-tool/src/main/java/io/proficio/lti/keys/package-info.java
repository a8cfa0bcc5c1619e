/** The tool's public keys as a JWK Set (Security Framework §6.3), for platforms to verify what the tool signs. */
package io.proficio.lti.keys;
