/**
 * Roster sync: a course's members from the platform's Names and Role Provisioning Services,
 * each recognised as a person.
 */
package io.proficio.application.lti.nrps;
