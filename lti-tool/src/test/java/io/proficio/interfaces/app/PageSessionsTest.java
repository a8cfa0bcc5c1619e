package io.proficio.interfaces.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.proficio.application.keys.ToolKeyService;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import io.proficio.lti.launch.AppRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PageSessionsTest {

    /** The installation's page-session secret, fixed instead of made and stored by the real service. */
    private static final class FixedSecret extends ToolKeyService {
        private final byte[] secret;
        private int asked;

        FixedSecret(int fill) {
            secret = new byte[32];
            Arrays.fill(secret, (byte) fill);
        }

        @Override
        public byte[] secret(String name) {
            assertEquals(ToolKeyService.PAGE_SESSION_SECRET, name);
            asked++;
            return secret.clone();
        }
    }

    private static final Instant IN_AN_HOUR = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

    private static final PageSession FULL = new PageSession(new TenantId("3f1c1d52-8a43-4b8e-9a77-0c3f5e2f6a10"),
            Optional.of(new PersonId("9d2b7c44-1e0f-4a3b-8c5d-6e7f8a9b0c1d")), Set.of(AppRole.INSTRUCTOR, AppRole.ADMIN),
            new PlatformId("b0a4f2e8-5c6d-47e1-9f3a-2b1c0d9e8f7a"), "3",
            Optional.of(new PageSession.Course("https://moodle.example.edu|17", "Workplace Safety")),
            Optional.of("https://moodle.example.edu/mod/lti/services.php/CourseSection/17/bindings/5/memberships"),
            Optional.of("https://moodle.example.edu/mod/lti/services.php/17/lineitems?type_id=5"),
            Optional.of(new PageSession.DeepLinkReturn("https://moodle.example.edu/mod/lti/contentitem_return.php"
                    + "?course=17&id=5&sesskey=Xa9", Optional.of("{\"opaque\":\"ab12\"}"), true, true)),
            IN_AN_HOUR);

    private static final PageSession BARE = new PageSession(new TenantId("t"), Optional.empty(),
            Set.of(AppRole.LEARNER), new PlatformId("p"), "83:9a0c1d3e5f", Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), IN_AN_HOUR);

    private static PageSessions sessions(ToolKeyService keys) {
        PageSessions sessions = new PageSessions();
        sessions.keys = keys;
        return sessions;
    }

    private final PageSessions sessions = sessions(new FixedSecret(7));

    private static PageSession expiring(PageSession session, Instant expiresAt) {
        return new PageSession(session.tenantId(), session.personId(), session.roles(), session.platformId(),
                session.deploymentId(), session.course(), session.nrpsUrl(), session.lineItemsUrl(),
                session.deepLinking(), expiresAt);
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** A token carrying {@code claims}, signed HS256 with the same secret as {@link #sessions}. */
    private static String signedWithTheSecret(JWTClaimsSet claims) throws Exception {
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 7);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /** The claims {@link PageSessions#issue} writes for {@link #BARE}. */
    private static JWTClaimsSet.Builder bareClaims() {
        return new JWTClaimsSet.Builder().issuer("proficio:page-session").jwtID("j1")
                .expirationTime(Date.from(IN_AN_HOUR)).claim("tid", "t").claim("roles", List.of("LEARNER"))
                .claim("pid", "p").claim("dep", "83:9a0c1d3e5f");
    }

    @Test
    void givesBackEverythingASessionHolds() {
        assertEquals(Optional.of(FULL), sessions.check(sessions.issue(FULL)));
    }

    @Test
    void givesBackASessionWithoutPersonCourseServicesOrDeepLinking() {
        assertEquals(Optional.of(BARE), sessions.check(sessions.issue(BARE)));
    }

    @Test
    void givesBackADeepLinkingReturnWithoutDataOrPermissions() {
        PageSession session = new PageSession(BARE.tenantId(), BARE.personId(), Set.of(AppRole.INSTRUCTOR),
                BARE.platformId(), BARE.deploymentId(), BARE.course(), BARE.nrpsUrl(), BARE.lineItemsUrl(),
                Optional.of(new PageSession.DeepLinkReturn("https://canvas.example.edu/courses/5/deep_linking_response",
                        Optional.empty(), false, false)), IN_AN_HOUR);

        assertEquals(Optional.of(session), sessions.check(sessions.issue(session)));
    }

    @Test
    void givesBackTheExpiryToTheSecondAsJwtsCarryIt() {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(30)).plusNanos(123_456_789);

        Optional<PageSession> checked = sessions.check(sessions.issue(expiring(BARE, expiresAt)));

        assertEquals(Optional.of(expiresAt.truncatedTo(ChronoUnit.SECONDS)), checked.map(PageSession::expiresAt));
    }

    @Test
    void issuesADifferentTokenForEachSession() {
        assertNotEquals(sessions.issue(BARE), sessions.issue(BARE));
    }

    @Test
    void refusesAnExpiredSession() {
        String token = sessions.issue(expiring(FULL, Instant.now().minusSeconds(2)));

        assertEquals(Optional.empty(), sessions.check(token));
    }

    @Test
    void refusesASessionWithoutExpiry() throws Exception {
        String token = signedWithTheSecret(bareClaims().expirationTime(null).build());

        assertEquals(Optional.empty(), sessions.check(token));
    }

    @Test
    void refusesATokenWithAChangedPayload() {
        String[] parts = sessions.issue(BARE).split("\\.");
        String changed = base64url(payload(String.join(".", parts)).replace("\"LEARNER\"", "\"ADMIN\""));
        assertTrue(payload(parts[0] + "." + changed + "." + parts[2]).contains("ADMIN"));

        assertEquals(Optional.empty(), sessions.check(parts[0] + "." + changed + "." + parts[2]));
    }

    @Test
    void refusesATokenWithAChangedSignature() {
        String token = sessions.issue(BARE);
        char last = token.charAt(token.length() - 2);
        String changed = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertEquals(Optional.empty(), sessions.check(changed));
    }

    @Test
    void refusesATokenSignedWithAnotherInstallationsSecret() {
        String token = sessions(new FixedSecret(8)).issue(FULL);

        assertEquals(Optional.empty(), sessions.check(token));
    }

    @Test
    void refusesAnUnsignedToken() {
        String unsigned = new PlainJWT(bareClaims().build()).serialize();

        assertEquals(Optional.empty(), sessions.check(unsigned));
    }

    @Test
    void refusesATokenWhoseHeaderSaysAlgNone() {
        String signed = sessions.issue(BARE);
        String[] parts = signed.split("\\.");
        String none = base64url("{\"alg\":\"none\"}");

        assertEquals(Optional.empty(), sessions.check(none + "." + parts[1] + "."));
        assertEquals(Optional.empty(), sessions.check(none + "." + parts[1] + "." + parts[2]));
    }

    @Test
    void refusesATokenSignedWithAnotherAlgorithm() throws Exception {
        var rsa = new RSAKeyGenerator(2048).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), bareClaims().build());
        jwt.sign(new RSASSASigner(rsa));

        assertEquals(Optional.empty(), sessions.check(jwt.serialize()));
    }

    @Test
    void refusesAnotherIssuersTokenSignedWithTheSameSecret() throws Exception {
        String token = signedWithTheSecret(bareClaims().issuer("proficio:something-else").build());

        assertEquals(Optional.empty(), sessions.check(token));
    }

    @Test
    void acceptsAHandMadeTokenOfItsOwnForm() throws Exception {
        assertEquals(Optional.of(BARE), sessions.check(signedWithTheSecret(bareClaims().build())));
    }

    @Test
    void refusesASessionNamingARoleProficioDoesNotHave() throws Exception {
        String token = signedWithTheSecret(bareClaims().claim("roles", List.of("LEARNER", "ROOT")).build());

        assertEquals(Optional.empty(), sessions.check(token));
    }

    @Test
    void refusesASessionWithoutTenant() throws Exception {
        String token = signedWithTheSecret(bareClaims().claim("tid", null).build());

        assertEquals(Optional.empty(), sessions.check(token));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "session", "a.b.c", "eyJhbGciOiJIUzI1NiJ9", "eyJhbGciOiJIUzI1NiJ9.e30",
            "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln", "%%%.%%%.%%%"})
    void refusesGarbage(String token) {
        assertEquals(Optional.empty(), sessions.check(token));
    }

    @Test
    void asksForTheSecretOnlyOnce() {
        FixedSecret keys = new FixedSecret(7);
        PageSessions once = sessions(keys);

        once.check(once.issue(BARE));
        once.check(once.issue(FULL));

        assertEquals(1, keys.asked);
    }
}
