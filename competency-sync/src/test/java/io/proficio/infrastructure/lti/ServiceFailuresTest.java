package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.infrastructure.lti.ags.AgsClient;
import io.proficio.infrastructure.lti.ags.NewLineItem;
import io.proficio.infrastructure.lti.ags.Score;
import io.proficio.infrastructure.lti.nrps.NrpsClient;
import io.proficio.testing.lms.TestPlatform;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every service call does when the platform misbehaves: one retry with a new token on 401,
 * 4xx/5xx/unreachable/timeout mapped to their codes, and no token in any message.
 */
class ServiceFailuresTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30Z");
    /**
     * Requests time out well before the 3 s a slowed platform takes, yet not so soon that a token
     * request (an RS256 assertion signed and checked) times out on a busy 2-core machine: 300 ms did,
     * now and then, and a refusal was then reported as unreachable.
     */
    private static final LtiServiceSettings QUICK =
            new LtiServiceSettings(Duration.ofSeconds(2), Duration.ofMillis(1500), 1000);

    /** The course's services as paths, so that a call can be aimed at another base. */
    private static final String MEMBERSHIPS = "/nrps/" + TestPlatform.CONTEXT_ID + "/memberships";
    private static final String LINE_ITEMS = "/ags/" + TestPlatform.CONTEXT_ID + "/lineitems";

    @RegisterExtension
    final ToolAtPlatform lms = new ToolAtPlatform(QUICK);

    private TestPlatform platform;
    private AccessTokens tokens;
    private PlatformCredentials credentials;

    /** A service call against a base URL, so the same call can be aimed at a closed port. */
    interface Call {
        void run(AccessTokens tokens, PlatformCredentials credentials, URI base);
    }

    @BeforeEach
    void giveThePlatformACourse() {
        platform = lms.platform();
        platform.members(List.of(TestPlatform.member("user-1", null)), 10, false);
        platform.addLineItem("Quiz", Optional.of("quiz"), Optional.empty(), Optional.empty());
        tokens = lms.tokens();
        credentials = lms.credentials();
    }

    static Stream<Named<Call>> calls() {
        return Stream.of(
                Named.of("NRPS members", (t, c, base) -> new NrpsClient(t, QUICK).members(c,
                        base.resolve(MEMBERSHIPS))),
                Named.of("AGS lineItems", (t, c, base) -> new AgsClient(t, QUICK).lineItems(c, base.resolve(LINE_ITEMS),
                        Optional.empty(), Optional.empty(), Optional.empty())),
                Named.of("AGS get", (t, c, base) -> new AgsClient(t, QUICK).get(c, base.resolve(LINE_ITEMS + "/1"))),
                Named.of("AGS create", (t, c, base) -> new AgsClient(t, QUICK).create(c, base.resolve(LINE_ITEMS),
                        NewLineItem.of("New", 1))),
                Named.of("AGS postScore", (t, c, base) -> new AgsClient(t, QUICK).postScore(c,
                        base.resolve(LINE_ITEMS + "/1"), Score.fullyGraded("user-1", 1, 1, AT))),
                Named.of("AGS results", (t, c, base) -> new AgsClient(t, QUICK).results(c,
                        base.resolve(LINE_ITEMS + "/1"), Optional.empty())));
    }

    private URI base() {
        return platform.tokenUri().resolve("/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void retriesOnceWithANewTokenAfter401(Call call) {
        platform.rejectNextRequests(1);

        call.run(tokens, credentials, base());

        List<TestPlatform.Request> requests = platform.requests();
        assertEquals(2, requests.size());
        assertNotEquals(requests.get(0).token(), requests.get(1).token());
        assertEquals(2, platform.tokenRequests());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void givesUpAfterASecond401(Call call) {
        platform.rejectNextRequests(2);

        LtiServiceException refusal = assertThrows(LtiServiceException.class, () -> call.run(tokens, credentials, base()));

        assertEquals(LtiServiceError.REFUSED, refusal.error());
        assertEquals(OptionalInt.of(401), refusal.status());
        assertEquals(2, platform.requests().size());
        assertEquals(2, platform.tokenRequests());
        assertTrue(refusal.getMessage().contains(base().toString()), refusal.getMessage());
        platform.requests().forEach(request ->
                assertFalse(refusal.getMessage().contains(request.token()), refusal.getMessage()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsServerErrorsAsFailed(Call call) {
        platform.failWith(500);

        LtiServiceException failure = assertThrows(LtiServiceException.class, () -> call.run(tokens, credentials, base()));

        assertEquals(LtiServiceError.FAILED, failure.error());
        assertEquals(OptionalInt.of(500), failure.status());
        assertEquals(1, platform.requests().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsOtherClientErrorsAsRefusedWithoutRetry(Call call) {
        platform.failWith(404);

        LtiServiceException failure = assertThrows(LtiServiceException.class, () -> call.run(tokens, credentials, base()));

        assertEquals(LtiServiceError.REFUSED, failure.error());
        assertEquals(OptionalInt.of(404), failure.status());
        assertEquals(1, platform.requests().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsAnUnreachableServiceAsUnreachable(Call call) throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        URI nowhere = closed;

        LtiServiceException failure = assertThrows(LtiServiceException.class, () -> call.run(tokens, credentials, nowhere));

        assertEquals(LtiServiceError.UNREACHABLE, failure.error());
        assertEquals(OptionalInt.empty(), failure.status());
        assertTrue(failure.getMessage().contains(nowhere.toString()), failure.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsASlowServiceAsUnreachable(Call call) {
        platform.delayServiceAnswers(Duration.ofSeconds(3));

        LtiServiceException failure = assertThrows(LtiServiceException.class, () -> call.run(tokens, credentials, base()));

        assertEquals(LtiServiceError.UNREACHABLE, failure.error());
        assertTrue(failure.getMessage().contains("timed out"), failure.getMessage());
    }
}
