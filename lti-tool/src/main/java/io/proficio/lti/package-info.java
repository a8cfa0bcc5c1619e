/**
 * Proficio as an LTI 1.3 Advantage tool: one sub-package per protocol feature (OIDC login, launch,
 * keys, dynamic registration, deep linking), on Nimbus JOSE+JWT and the Nimbus OAuth 2 SDK.
 */
package io.proficio.lti;
