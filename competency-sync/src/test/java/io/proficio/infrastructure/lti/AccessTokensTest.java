package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import io.proficio.infrastructure.lti.ags.AgsClient;
import io.proficio.testing.lms.TestPlatform;
import io.proficio.testing.lms.TestPlatform.Canned;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccessTokensTest {

    private static final String SCORE = AgsClient.SCOPE_SCORE;
    private static final String RESULTS = AgsClient.SCOPE_RESULT_READONLY;

    @RegisterExtension
    final ToolAtPlatform lms = new ToolAtPlatform();

    private TestPlatform platform;
    private TestClock clock;
    private AccessTokens tokens;
    private PlatformCredentials credentials;

    @BeforeEach
    void useThePlatform() {
        platform = lms.platform();
        clock = lms.clock();
        tokens = lms.tokens();
        credentials = lms.credentials();
    }

    @Test
    void sendsAClientAssertionSignedWithTheToolKey() throws Exception {
        tokens.token(credentials, Set.of(SCORE));

        // The fake verified signature, iss, sub, aud, exp and jti; these pin the header and lifetime too.
        JWTClaimsSet claims = platform.lastAssertion().getJWTClaimsSet();
        assertEquals(JWSAlgorithm.RS256, platform.lastAssertion().getHeader().getAlgorithm());
        assertEquals("tool-key-1", platform.lastAssertion().getHeader().getKeyID());
        assertEquals(List.of(platform.tokenUri().toString()), claims.getAudience());
        assertEquals(TestPlatform.CLIENT_ID, claims.getIssuer());
        assertEquals(TestPlatform.CLIENT_ID, claims.getSubject());
        assertEquals(clock.instant().getEpochSecond(), claims.getIssueTime().toInstant().getEpochSecond());
        assertTrue(claims.getExpirationTime().toInstant().isAfter(clock.instant()));
        assertEquals(List.of(Set.of(SCORE)), platform.tokenScopes());
    }

    @Test
    void cachesTheTokenAcrossCalls() {
        String first = tokens.token(credentials, Set.of(SCORE));
        String second = tokens.token(credentials, Set.of(SCORE));

        assertEquals(first, second);
        assertEquals(1, platform.tokenRequests());
    }

    @ParameterizedTest(name = "expires_in {0}, {1} s later: {2} token request(s)")
    @CsvSource({
            "3600, 3569, 1",
            "3600, 3570, 2",
            "120,  89,   1",
            "120,  90,   2",
            "20,   0,    2",
            ",     3569, 1",
            ",     3570, 2"})
    void refetchesTheTokenThirtySecondsBeforeItExpires(Long expiresIn, long later, int expectedRequests) {
        platform.expiresIn(expiresIn == null ? OptionalLong.empty() : OptionalLong.of(expiresIn));
        String first = tokens.token(credentials, Set.of(SCORE));

        clock.advance(Duration.ofSeconds(later));
        String second = tokens.token(credentials, Set.of(SCORE));

        assertEquals(expectedRequests, platform.tokenRequests());
        assertEquals(expectedRequests == 1, first.equals(second));
    }

    @Test
    void keepsATokenPerScopeSetWhateverTheOrder() {
        String score = tokens.token(credentials, Set.of(SCORE));
        String results = tokens.token(credentials, Set.of(RESULTS));
        String both = tokens.token(credentials, new LinkedHashSet<>(List.of(SCORE, RESULTS)));
        String bothReordered = tokens.token(credentials, new LinkedHashSet<>(List.of(RESULTS, SCORE)));

        assertEquals(3, Set.of(score, results, both).size());
        assertEquals(both, bothReordered);
        assertEquals(score, tokens.token(credentials, Set.of(SCORE)));
        assertEquals(3, platform.tokenRequests());
        assertEquals(List.of(Set.of(SCORE), Set.of(RESULTS), Set.of(SCORE, RESULTS)), platform.tokenScopes());
    }

    @Test
    void keepsATokenPerRegistration() {
        String first = tokens.token(credentials, Set.of(SCORE));
        String other = tokens.token(lms.credentials("registration-2", lms.toolKey()), Set.of(SCORE));

        assertNotEquals(first, other);
        assertEquals(2, platform.tokenRequests());
    }

    @Test
    void forgettingDropsOnlyThatScopeSet() {
        String score = tokens.token(credentials, Set.of(SCORE));
        String results = tokens.token(credentials, Set.of(RESULTS));

        tokens.forget(credentials, Set.of(SCORE));

        assertNotEquals(score, tokens.token(credentials, Set.of(SCORE)));
        assertEquals(results, tokens.token(credentials, Set.of(RESULTS)));
        assertEquals(3, platform.tokenRequests());
    }

    @Test
    void reportsInvalidClientAsTokenRefusedWithThePlatformsDescription() {
        platform.answerTokenRequestsWith(new Canned(401, "application/json",
                "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client proficio-tool\"}"));

        LtiServiceException refusal = assertThrows(LtiServiceException.class, () -> tokens.token(credentials, Set.of(SCORE)));

        assertEquals(LtiServiceError.TOKEN_REFUSED, refusal.error());
        assertEquals(OptionalInt.of(401), refusal.status());
        assertTrue(refusal.getMessage().contains("invalid_client"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("Unknown client proficio-tool"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(platform.tokenUri().toString()), refusal.getMessage());
    }

    static Stream<Arguments> tokenEndpointFailures() {
        return Stream.of(
                Arguments.of("invalid_scope", new Canned(400, "application/json", "{\"error\":\"invalid_scope\"}"),
                        LtiServiceError.TOKEN_REFUSED, 400),
                Arguments.of("HTML error page", new Canned(403, "text/html", "<html>Forbidden</html>"),
                        LtiServiceError.TOKEN_REFUSED, 403),
                Arguments.of("server error", new Canned(503, "text/html", "<html>Down</html>"), LtiServiceError.FAILED, 503),
                Arguments.of("200 that is not JSON", new Canned(200, "text/html", "<html>Login</html>"),
                        LtiServiceError.BAD_RESPONSE, 200),
                Arguments.of("200 without access_token", new Canned(200, "application/json", "{\"token_type\":\"Bearer\"}"),
                        LtiServiceError.BAD_RESPONSE, 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokenEndpointFailures")
    void mapsTokenEndpointFailures(String situation, Canned answer, LtiServiceError expected, int status) {
        platform.answerTokenRequestsWith(answer);

        LtiServiceException failure = assertThrows(LtiServiceException.class, () -> tokens.token(credentials, Set.of(SCORE)));

        assertEquals(expected, failure.error());
        assertEquals(OptionalInt.of(status), failure.status());
    }

    @Test
    void platformRefusesAnAssertionSignedWithAnotherKey() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("tool-key-1").generate();

        LtiServiceException refusal = assertThrows(LtiServiceException.class,
                () -> tokens.token(lms.credentials("registration-1", impostor), Set.of(SCORE)));

        assertEquals(LtiServiceError.TOKEN_REFUSED, refusal.error());
        assertTrue(refusal.getMessage().contains("signature does not verify"), refusal.getMessage());
    }

    @Test
    void reportsAnUnreachableTokenEndpoint() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/token");
        }
        PlatformCredentials nowhere =
                new PlatformCredentials("registration-1", TestPlatform.CLIENT_ID, closed, lms::toolKey);

        LtiServiceException failure = assertThrows(LtiServiceException.class, () -> tokens.token(nowhere, Set.of(SCORE)));

        assertEquals(LtiServiceError.UNREACHABLE, failure.error());
        assertEquals(OptionalInt.empty(), failure.status());
    }

    @Test
    void refusesAKeyWithoutKid() throws Exception {
        RSAKey noKid = new RSAKeyGenerator(2048).generate();

        assertThrows(IllegalStateException.class,
                () -> tokens.token(lms.credentials("registration-1", noKid), Set.of(SCORE)));
        assertEquals(0, platform.tokenRequests());
    }

    @ParameterizedTest
    @MethodSource("badScopeSets")
    void refusesEmptyOrBlankScopes(Set<String> scopes) {
        assertThrows(IllegalArgumentException.class, () -> tokens.token(credentials, scopes));
    }

    static Stream<Set<String>> badScopeSets() {
        return Stream.of(Set.of(), Set.of(" "), Set.of("a b"));
    }
}
