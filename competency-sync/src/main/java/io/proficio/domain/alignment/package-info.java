/**
 * Content alignments: a piece of learning content (an LTI resource link, an xAPI activity IRI or
 * IRI prefix, a course) tagged with a competency and the level it can evidence.
 */
package io.proficio.domain.alignment;
