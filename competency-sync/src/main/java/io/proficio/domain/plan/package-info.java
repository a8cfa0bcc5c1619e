/**
 * Plan items: targets the performance-management system sets for a person ("earn certification X by
 * a date", "reach level N in competency Y by a date"), each known by its external id, with the progress
 * and status Proficio reports back.
 */
package io.proficio.domain.plan;
