package io.proficio.domain.statement;

import jakarta.json.JsonObject;

/** An Activity a statement carried with a definition (xAPI 1.0.3 Data §2.4.4.1), to merge into the canonical one. */
public record DefinedActivity(String id, JsonObject definition) {
}
