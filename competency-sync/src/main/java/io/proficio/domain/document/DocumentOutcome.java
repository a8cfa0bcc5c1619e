package io.proficio.domain.document;

import java.time.Instant;

/** What a write to a document came to. */
public sealed interface DocumentOutcome {

    /** Stored (or, for a delete, removed); {@code etag} is empty after a delete. */
    record Done(String etag, Instant at) implements DocumentOutcome {
    }

    /** {@code If-Match}/{@code If-None-Match} did not hold (412). */
    record PreconditionFailed(String reason) implements DocumentOutcome {
    }

    /** A PUT would replace a document without saying which version it replaces (409, §3.1). */
    record Conflict(String reason) implements DocumentOutcome {
    }

    /** A PUT creating a document without saying it expects none (400, see {@link ConcurrencyPolicy}). */
    record PreconditionRequired(String reason) implements DocumentOutcome {
    }

    /** A POST where the stored or the sent document is not a JSON object (400, Communication §2.2). */
    record NotMergeable(String reason) implements DocumentOutcome {
    }

    /** The document would be larger than the installation allows (413). */
    record TooLarge(long limit) implements DocumentOutcome {
    }
}
