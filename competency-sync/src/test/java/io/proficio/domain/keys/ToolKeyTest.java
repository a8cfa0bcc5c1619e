package io.proficio.domain.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.domain.keys.ToolKey.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ToolKeyTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:45:00Z");
    private static final Instant SIGNS_FROM = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant SUCCESSOR_SIGNS_FROM = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration LAST_TOKEN = Duration.ofHours(1);
    private static final Instant PUBLISHED_UNTIL = SUCCESSOR_SIGNS_FROM.plus(LAST_TOKEN);

    private static ToolKey key() {
        return new ToolKey("kid-1", "{\"kty\":\"RSA\"}", "sealed", CREATED, SIGNS_FROM);
    }

    private static ToolKey succeededKey() {
        ToolKey key = key();
        key.succeededAt(SUCCESSOR_SIGNS_FROM, LAST_TOKEN);
        return key;
    }

    static Stream<Arguments> lifeOfAKey() {
        return Stream.of(
                arguments("published before it signs", key(), CREATED, false, Status.NEXT, true),
                arguments("not yet signing even when flagged newest", key(), SIGNS_FROM.minusMillis(1), true,
                        Status.NEXT, true),
                arguments("signs from the very instant of signsFrom", key(), SIGNS_FROM, true, Status.SIGNING, true),
                arguments("signs while it is the newest signing key", key(), SUCCESSOR_SIGNS_FROM, true,
                        Status.SIGNING, true),
                arguments("retiring once superseded but never given an end", key(), SIGNS_FROM.plusSeconds(60), false,
                        Status.RETIRING, true),
                arguments("retiring after its successor signs", succeededKey(), SUCCESSOR_SIGNS_FROM, false,
                        Status.RETIRING, true),
                arguments("retiring until the last instant before publishedUntil", succeededKey(),
                        PUBLISHED_UNTIL.minusMillis(1), false, Status.RETIRING, true),
                arguments("retired at publishedUntil", succeededKey(), PUBLISHED_UNTIL, false, Status.RETIRED, false),
                arguments("retired long after", succeededKey(), PUBLISHED_UNTIL.plus(Duration.ofDays(30)), false,
                        Status.RETIRED, false),
                arguments("newest signing wins over an end already passed", succeededKey(),
                        PUBLISHED_UNTIL.plusSeconds(1), true, Status.SIGNING, false),
                arguments("an ended key not yet signing is still next", succeededKey(), CREATED, false,
                        Status.NEXT, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifeOfAKey")
    void statusAndPublicationFollowTheKeysLife(String situation, ToolKey key, Instant now, boolean newestSigning,
                                               Status status, boolean published) {
        assertEquals(status, key.statusAt(now, newestSigning));
        assertEquals(published, key.publishedAt(now));
    }

    @Test
    void hasNoEndOfPublicationUntilSucceeded() {
        ToolKey key = key();

        assertEquals(Optional.empty(), key.publishedUntil());
        assertTrue(key.publishedAt(Instant.MAX));
    }

    @Test
    void staysPublishedForTheLastTokenLifetimeAfterItsSuccessorSigns() {
        assertEquals(Optional.of(Instant.parse("2026-03-02T11:00:00Z")), succeededKey().publishedUntil());
    }

    @Test
    void succeedingAgainReplacesTheEndOfPublication() {
        ToolKey key = succeededKey();
        Instant earlierSuccessor = SUCCESSOR_SIGNS_FROM.minus(Duration.ofHours(12));

        key.succeededAt(earlierSuccessor, LAST_TOKEN);

        assertEquals(Optional.of(earlierSuccessor.plus(LAST_TOKEN)), key.publishedUntil());
        assertFalse(key.publishedAt(PUBLISHED_UNTIL.minusSeconds(1)));
    }

    @Test
    void keepsWhatItWasMadeWith() {
        ToolKey key = key();

        assertEquals("kid-1", key.kid());
        assertEquals("{\"kty\":\"RSA\"}", key.publicJwk());
        assertEquals("sealed", key.privateJwkJwe());
        assertEquals(CREATED, key.createdAt());
        assertEquals(SIGNS_FROM, key.signsFrom());
    }
}
