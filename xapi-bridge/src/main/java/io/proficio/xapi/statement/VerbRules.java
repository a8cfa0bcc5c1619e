package io.proficio.xapi.statement;

import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * The Verb (xAPI 1.0.3 Data §2.4.3): an IRI {@code id} and an optional {@code display} Language Map.
 */
final class VerbRules {

    /** The reserved verb of a voiding Statement (Data §2.3.2). */

    private static final Set<String> PROPERTIES = Set.of("id", "display");

    private VerbRules() {
    }

    /**
     * Checks the verb and returns its {@code id} when it is a string, so the Statement rules can
     * apply the voiding constraint.
     */
    static Optional<String> verb(JsonValue value, String pointer, Violations out) {
        return out.object(value, pointer).flatMap(verb -> {
            out.onlyProperties(verb, pointer, PROPERTIES);
            out.languageMap(verb, pointer, "display");
            if (!out.required(verb, pointer, "id")) {
                return Optional.empty();
            }
            Optional<String> id = out.string(verb, pointer, "id");
            id.filter(s -> !Formats.isAbsoluteIri(s))
                    .ifPresent(s -> out.add(Violations.at(pointer, "id"), "must be an absolute IRI"));
            return id;
        });
    }
}
