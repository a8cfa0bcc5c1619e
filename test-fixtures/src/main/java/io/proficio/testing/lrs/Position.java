package io.proficio.testing.lrs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Statement stands in a {@link TestLrs}: its stored time, then its id, as stored times can tie.
 * The {@code more} link carries the last Statement's position as an opaque token, so a page boundary that
 * falls inside a run of tied stored times neither repeats nor skips a Statement.
 */
record Position(Instant stored, String id) implements Comparable<Position> {

    private static final Comparator<Position> ORDER =
            Comparator.comparing(Position::stored).thenComparing(Position::id);

    Position {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    /** URL-safe Base64 of {@code <stored>|<id>}: needs no encoding in a query. */
    String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((stored + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a {@link #token()} names; empty when the token was not made by one. */
    static Optional<Position> parse(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return bar < 0 ? Optional.empty()
                    : Optional.of(new Position(Instant.parse(text.substring(0, bar)), text.substring(bar + 1)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
