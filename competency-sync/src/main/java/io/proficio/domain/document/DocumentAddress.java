package io.proficio.domain.document;

import io.proficio.domain.xapi.Digests;
import java.util.Objects;

/**
 * One document: its context and its id ({@code stateId} or {@code profileId}).
 *
 * @param documentId the id as sent; not empty
 */
public record DocumentAddress(DocumentContext context, String documentId) {

    public DocumentAddress {
        Objects.requireNonNull(context);
        Objects.requireNonNull(documentId);
    }

    /** The key of the id, as long ids cannot be part of an index. */
    public String documentKey() {
        return Digests.sha256(documentId);
    }
}
