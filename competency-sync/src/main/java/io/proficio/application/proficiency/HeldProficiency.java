package io.proficio.application.proficiency;

import io.proficio.domain.framework.Competency;
import io.proficio.domain.proficiency.Proficiency;

/** A person's proficiency with the competency it is in. */
public record HeldProficiency(Proficiency proficiency, Competency competency) {
}
