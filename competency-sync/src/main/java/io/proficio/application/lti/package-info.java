/**
 * The LTI context: platform registrations, launches (the person and course they name), courses.
 */
package io.proficio.application.lti;
