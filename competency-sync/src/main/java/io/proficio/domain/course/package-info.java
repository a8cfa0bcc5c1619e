/**
 * Course rosters: the people in a course of the LMS, with their roles in it, as the LMS reports them
 * (LTI NRPS) or an integration sets them. A course is named by the same reference alignments use.
 */
package io.proficio.domain.course;
