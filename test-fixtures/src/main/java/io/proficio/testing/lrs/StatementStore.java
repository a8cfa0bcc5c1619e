package io.proficio.testing.lrs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The Statements a {@link TestLrs} holds, in stored-then-id order. It does what an LRS does on storing
 * (xAPI 1.0.3 Data §2.4.1, §2.4.7, §2.4.8): sets {@code stored}, and {@code id} and {@code timestamp}
 * where the Statement has none. Thread-safe.
 */
final class StatementStore {

    /** One page and, when more Statements match, the position the next page continues from. */
    record Page(List<JsonObject> statements, Optional<Position> continueAfter) {
    }

    private final NavigableMap<Position, JsonObject> statements = new TreeMap<>();
    private final Map<String, Position> positions = new HashMap<>();

    /**
     * @param stored the stored time to give; empty for the LRS's clock, which never runs backwards: one
     *     millisecond after the latest stored time when now is not later
     * @throws IllegalArgumentException when a Statement with this id is stored already
     */
    synchronized JsonObject add(JsonObject statement, Optional<Instant> stored) {
        String id = statement.getString("id", UUID.randomUUID().toString());
        if (positions.containsKey(id)) {
            throw new IllegalArgumentException("A statement with id " + id + " is stored already");
        }
        Instant time = stored.orElseGet(this::nextStored).truncatedTo(ChronoUnit.MILLIS);
        JsonObjectBuilder builder = Json.createObjectBuilder(statement).add("id", id).add("stored", time.toString());
        if (!statement.containsKey("timestamp")) {
            builder.add("timestamp", time.toString());
        }
        JsonObject kept = builder.build();
        Position position = new Position(time, id);
        statements.put(position, kept);
        positions.put(id, position);
        return kept;
    }

    synchronized List<JsonObject> all() {
        return List.copyOf(statements.values());
    }

    synchronized Page page(StatementsQuery query) {
        NavigableMap<Position, JsonObject> ordered = query.ascending() ? statements : statements.descendingMap();
        List<JsonObject> page = new ArrayList<>();
        Position last = null;
        for (Map.Entry<Position, JsonObject> entry : ordered.entrySet()) {
            if (!query.isBeyondAfter(entry.getKey()) || !query.matches(entry.getKey(), entry.getValue())) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new Page(page, Optional.of(last));
            }
            page.add(entry.getValue());
            last = entry.getKey();
        }
        return new Page(page, Optional.empty());
    }

    private Instant nextStored() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (statements.isEmpty()) {
            return now;
        }
        Instant next = statements.lastKey().stored().plusMillis(1);
        return now.isAfter(next) ? now : next;
    }
}
