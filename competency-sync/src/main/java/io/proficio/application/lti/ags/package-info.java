/**
 * The gradebook: proficiency published to the LMS as AGS line items and scores, and the outbox
 * connector that sends them.
 */
package io.proficio.application.lti.ags;
