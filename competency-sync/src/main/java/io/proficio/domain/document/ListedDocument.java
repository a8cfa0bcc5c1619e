package io.proficio.domain.document;

import java.time.Instant;

/** A document as a list of ids shows it: its id and when it last changed. */
public record ListedDocument(String documentId, Instant updatedAt) {
}
