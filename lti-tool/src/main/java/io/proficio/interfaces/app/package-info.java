/**
 * The pages learners, instructors, managers and admins use inside the LMS frame ({@code /app/*}):
 * Jakarta MVC controllers with JSP views, reached after a valid LTI launch and carrying a short-lived
 * signed page session instead of a (third-party) cookie.
 */
package io.proficio.interfaces.app;
