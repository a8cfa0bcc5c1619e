/**
 * LTI Dynamic Registration 1.0: the platform's OpenID configuration read, the tool's registration
 * sent with the registration token, the result stored as a platform registration of the invited
 * tenant, and the registration window closed with the {@code org.imsglobal.lti.close} postMessage.
 */
package io.proficio.lti.registration;
