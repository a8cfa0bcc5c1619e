/**
 * The Assignment and Grade Services 2.0 client: line items, scores and results.
 */
package io.proficio.infrastructure.lti.ags;
