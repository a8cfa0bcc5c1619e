/**
 * OIDC third-party initiated login (LTI Core §5.1.1, Security Framework §5.1.1): the platform's login
 * initiation, the state and nonce kept server-side, and the authentication request the browser is sent
 * on with, binding the state to the browser by cookie or by the platform's postMessage storage.
 */
package io.proficio.lti.oidc;
