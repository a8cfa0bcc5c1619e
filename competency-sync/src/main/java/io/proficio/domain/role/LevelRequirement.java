package io.proficio.domain.role;

/**
 * A level that a stage asks of one competency.
 *
 * @param competencyId the competency's Proficio id as given by the caller, may be null (then refused)
 * @param level        the level asked, may be null (then refused)
 */
public record LevelRequirement(String competencyId, Integer level) {
}
