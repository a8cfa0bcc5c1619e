package io.proficio.domain.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UpstreamCheckpointTest {

    private static final Instant T = Instant.parse("2024-05-01T08:00:00.123Z");

    @Test
    void sinceIsOneMillisecondBeforeTheStoredTimeSoItsTiesAreFetchedAgain() {
        assertEquals(Instant.parse("2024-05-01T08:00:00.122Z"), new UpstreamCheckpoint(T, "a").since());
    }

    @Test
    void sinceCrossesASecondBoundary() {
        assertEquals(Instant.parse("2024-05-01T07:59:59.999Z"),
                new UpstreamCheckpoint(Instant.parse("2024-05-01T08:00:00Z"), "a").since());
    }

    @Test
    void ordersByStoredTimeThenId() {
        UpstreamCheckpoint earlier = new UpstreamCheckpoint(T, "ffff");
        UpstreamCheckpoint tiedLater = new UpstreamCheckpoint(T, "gggg");
        UpstreamCheckpoint later = new UpstreamCheckpoint(T.plusMillis(1), "0000");

        assertTrue(earlier.compareTo(tiedLater) < 0);
        assertTrue(tiedLater.compareTo(later) < 0);
        assertEquals(0, earlier.compareTo(new UpstreamCheckpoint(T, "ffff")));
    }
}
