/**
 * Read models for the pages: a learner's whole profile and a manager's skills matrix, composed
 * from the other contexts.
 */
package io.proficio.application.profile;
