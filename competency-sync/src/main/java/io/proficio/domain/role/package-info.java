/**
 * Role profiles: a role with ordered stages (performance milestones), each requiring a level per
 * competency and described along named dimensions.
 */
package io.proficio.domain.role;
