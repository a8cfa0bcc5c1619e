package io.proficio.xapi.pull;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an upstream LRS's answer to GET Statements: the StatementResult of xAPI 1.0.3 Data §2.5.
 *
 * @param statements the Statements as the LRS sent them, in its order; not null, maybe empty; unmodifiable
 * @param more the {@code more} IRL exactly as sent, to give to {@link UpstreamLrsClient#next}; empty
 *     when the LRS sent none, {@code null} or {@code ""} (no more pages). Not null.
 */
public record StatementPage(List<JsonObject> statements, Optional<String> more) {

    public StatementPage {
        statements = List.copyOf(statements);
        Objects.requireNonNull(more, "more");
        if (more.isPresent() && more.get().isEmpty()) {
            throw new IllegalArgumentException("An empty more means there is none: use Optional.empty()");
        }
    }
}
