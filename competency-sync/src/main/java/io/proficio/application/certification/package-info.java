/**
 * Certifications: their versions and requirements, awards and revocations as levels change (an
 * observer of {@code LevelsChanged}), verifiable credentials, expiry, and the export HR systems
 * pull.
 */
package io.proficio.application.certification;
