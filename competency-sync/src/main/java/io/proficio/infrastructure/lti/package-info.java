/**
 * Clients for the LTI Advantage services a tool calls on a platform: access tokens by the OAuth 2
 * client-credentials grant with a signed JWT (1EdTech Security Framework §4.1), Names and Role
 * Provisioning Services 2.0 and Assignment and Grade Services 2.0. Plain Java over
 * {@code java.net.http} and Jakarta JSON-P; every failure is an {@link LtiServiceException} with a
 * catalogued {@link LtiServiceError}.
 */
package io.proficio.infrastructure.lti;
