/**
 * LTI Deep Linking 2.0: the response a tool sends back to the platform with the content items picked
 * during a deep linking request (Deep Linking 2.0 §4.5). The request itself is read with the rest of the
 * launch in {@code io.proficio.lti.launch}.
 */
package io.proficio.lti.deeplinking;
