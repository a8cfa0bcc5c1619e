package io.proficio.domain.document;

import io.proficio.domain.xapi.Digests;
import java.util.Objects;

/**
 * What a document belongs to: its kind, activity and agent, and for a State its registration. Parts
 * a kind does not have are {@code ""} (an Activity Profile has no agent, an Agent Profile no activity,
 * a State may have no registration).
 *
 * @param activityId   the activity IRI as sent, or {@code ""}
 * @param agentIfi     the agent's inverse functional identifier as Proficio writes it ({@code mailto:…},
 *                     {@code account:<homePage>|<name>}, …), or {@code ""}
 * @param registration the registration UUID in lower case, or {@code ""}
 */
public record DocumentContext(DocumentKind kind, String activityId, String agentIfi, String registration) {

    public DocumentContext {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(activityId);
        Objects.requireNonNull(agentIfi);
        Objects.requireNonNull(registration);
    }

    /** The key of kind, activity and agent: one row prefix whatever the registration. */
    public String key() {
        return Digests.sha256(kind.code() + "\n" + activityId + "\n" + agentIfi);
    }

    /** The document {@code documentId} of this context. */
    public DocumentAddress document(String documentId) {
        return new DocumentAddress(this, documentId);
    }

}
