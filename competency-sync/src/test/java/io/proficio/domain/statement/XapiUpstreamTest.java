package io.proficio.domain.statement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XapiUpstreamTest {

    private static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant STORED = Instant.parse("2024-04-30T12:00:00.500Z");
    private static final UpstreamSpec SPEC = new UpstreamSpec("LRS", "https://lrs.example.com/xapi/", "u", "p",
            null, null, 60, true).checked(true);

    private final XapiUpstream upstream = new XapiUpstream("u-1", TenantId.generate(), "s-1", SPEC, "sealed", NOW);

    @Test
    void isDueAtOnceWhenMade() {
        assertAll(
                () -> assertTrue(upstream.dueAt(NOW)),
                () -> assertEquals(Optional.empty(), upstream.checkpoint()),
                () -> assertEquals(0, upstream.pulled()),
                () -> assertEquals(0, upstream.failures()));
    }

    @Test
    void aClaimIsNotDueUntilItsLeaseEnds() {
        upstream.claim(NOW, Duration.ofMinutes(30));

        assertFalse(upstream.dueAt(NOW.plusSeconds(60)));
        assertTrue(upstream.dueAt(NOW.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aDisabledUpstreamIsNeverDue() {
        upstream.update(new UpstreamSpec("LRS", "https://lrs.example.com/xapi/", "u", null, null, null, 60, false)
                .checked(false), Optional.empty(), NOW);

        assertFalse(upstream.dueAt(NOW.plusSeconds(86_400)));
    }

    @Test
    void theCheckpointMovesForwardOnlyAndPulledAddsUp() {
        upstream.checkpoint(STORED, "bbbb", 100, NOW);
        upstream.checkpoint(STORED, "aaaa", 0, NOW.plusSeconds(1));
        upstream.checkpoint(STORED.minusMillis(1), "ffff", 2, NOW.plusSeconds(2));

        assertEquals(Optional.of(new UpstreamCheckpoint(STORED, "bbbb")), upstream.checkpoint());
        assertEquals(102, upstream.pulled());
        assertEquals(Optional.of(NOW.plusSeconds(2)), upstream.lastPolledAt());

        upstream.checkpoint(STORED, "cccc", 1, NOW.plusSeconds(3));
        assertEquals(Optional.of(new UpstreamCheckpoint(STORED, "cccc")), upstream.checkpoint());
    }

    @Test
    void aSuccessSchedulesTheNextRegularPollAndClearsTheFailures() {
        upstream.claim(NOW, Duration.ofMinutes(30));
        upstream.failed("boom", NOW);
        upstream.claim(NOW.plusSeconds(200), Duration.ofMinutes(30));

        upstream.succeeded(NOW.plusSeconds(201), false, Optional.empty());

        assertEquals(0, upstream.failures());
        assertEquals(NOW.plusSeconds(261), upstream.nextPollAt());
        assertTrue(upstream.lastError().orElseThrow().endsWith(": boom"), "the last error stays, dated");
    }

    @Test
    void aRunThatStoppedWithPagesLeftIsDueAgainAtOnce() {
        upstream.claim(NOW, Duration.ofMinutes(30));

        upstream.succeeded(NOW.plusSeconds(5), true, Optional.empty());

        assertEquals(NOW.plusSeconds(5), upstream.nextPollAt());
    }

    @Test
    void aPollAskedForDuringARunIsKept() {
        upstream.claim(NOW, Duration.ofMinutes(30));
        upstream.pollSoon(NOW.plusSeconds(3));

        upstream.succeeded(NOW.plusSeconds(4), false, Optional.empty());

        assertEquals(NOW.plusSeconds(3), upstream.nextPollAt());
    }

    @Test
    void aPollAskedForDuringAFailingRunIsKept() {
        upstream.claim(NOW, Duration.ofMinutes(30));
        upstream.pollSoon(NOW.plusSeconds(3));

        upstream.failed("HTTP 503", NOW.plusSeconds(4));

        assertEquals(NOW.plusSeconds(3), upstream.nextPollAt());
        assertEquals(1, upstream.failures());
    }

    @Test
    void failuresBackOffWithinTheirJitter() {
        for (int failure = 1; failure <= 10; failure++) {
            Instant at = NOW.plusSeconds(failure * 10_000L);
            upstream.claim(at, Duration.ofMinutes(30));
            upstream.failed("HTTP 503", at);

            long expected = Math.min(3600, 60L << failure) * 1000;
            long waited = Duration.between(at, upstream.nextPollAt()).toMillis();
            assertEquals(failure, upstream.failures());
            assertTrue(waited >= expected * 0.8 && waited <= expected * 1.2, "failure " + failure + " waited " + waited);
        }
    }

    @Test
    void keepsTheLastErrorDatedAndAtMost1000Characters() {
        upstream.claim(NOW, Duration.ofMinutes(30));
        upstream.failed("x".repeat(5000), NOW);

        String error = upstream.lastError().orElseThrow();
        assertEquals(1000, error.length());
        assertTrue(error.startsWith(NOW + ": x"));
    }

    @Test
    void aNoteOfASuccessfulRunBecomesTheLastError() {
        upstream.claim(NOW, Duration.ofMinutes(30));

        upstream.succeeded(NOW, false, Optional.of("Skipped 2 statements"));

        assertEquals(NOW + ": Skipped 2 statements", upstream.lastError().orElseThrow());
        assertEquals(0, upstream.failures());
    }

    @Test
    void aNewEndpointOrFilterStartsOverButANewPasswordOrNameDoesNot() {
        upstream.checkpoint(STORED, "bbbb", 10, NOW);

        upstream.update(new UpstreamSpec("Renamed", "https://lrs.example.com/xapi", "other", "new", null, null, 30, true)
                .checked(false), Optional.of("sealed-2"), NOW);
        assertEquals(Optional.of(new UpstreamCheckpoint(STORED, "bbbb")), upstream.checkpoint());
        assertEquals("sealed-2", upstream.sealedPassword());

        upstream.update(new UpstreamSpec("Renamed", "https://lrs.example.com/xapi", "other", null,
                "https://example.com/a/1", null, 30, true).checked(false), Optional.empty(), NOW);
        assertEquals(Optional.empty(), upstream.checkpoint());
        assertEquals("sealed-2", upstream.sealedPassword());
        assertEquals(10, upstream.pulled());
        assertTrue(upstream.dueAt(NOW));
    }

    @Test
    void pullsTheSameOnlyWithTheSameEndpointAndFilters() {
        XapiUpstream before = new XapiUpstream("u-1", TenantId.generate(), "s-1", SPEC, "sealed", NOW);

        assertTrue(upstream.pullsSameAs(before));
        upstream.update(new UpstreamSpec("LRS", "https://lrs.example.com/xapi/", "u", null, null,
                "http://adlnet.gov/expapi/verbs/passed", 60, true).checked(false), Optional.empty(), NOW);
        assertFalse(upstream.pullsSameAs(before));
    }
}
