/**
 * The Names and Role Provisioning Services 2.0 client: a context's members, every page.
 */
package io.proficio.infrastructure.lti.nrps;
