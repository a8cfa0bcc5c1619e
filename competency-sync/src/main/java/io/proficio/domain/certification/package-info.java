/**
 * Certifications: named credentials with versioned requirements (competencies at minimum levels, a
 * role stage met in full, content completed), awarded when a person meets them, expiring after their
 * validity and revoked when the evidence they rested on is retracted. The rules are pure
 * ({@link io.proficio.domain.certification.Requirements}, {@link io.proficio.domain.certification.Validity},
 * {@link io.proficio.domain.certification.AwardPolicy}); the entities keep their outcome.
 */
package io.proficio.domain.certification;
