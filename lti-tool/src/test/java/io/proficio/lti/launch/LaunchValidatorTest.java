package io.proficio.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformSpec;
import io.proficio.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LaunchValidator} on id_tokens signed with a test RSA key through Nimbus: each refusal of the
 * pipeline (1EdTech Security Framework §5.1.3, LTI Core §5.1) comes out as its own {@link LaunchError},
 * the first failing step winning, and validating a launch records no one.
 */
class LaunchValidatorTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String ISSUER = "https://moodle.example.edu";
    private static final String CLIENT_ID = "Fv2bDqg6vJH3tz8";
    private static final String JWKS_URL = "https://moodle.example.edu/mod/lti/certs.php";
    private static final String TARGET = "https://proficio.example.com/lti/launch";
    private static final String STATE = "state-Yk3r0s9Gm6Wq";
    private static final String NONCE = "nonce-1sv7Hd2kLq";
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final Duration BEYOND_LEEWAY = LaunchValidator.LEEWAY.plusMinutes(1);
    private static final Duration WITHIN_LEEWAY = LaunchValidator.LEEWAY.minusSeconds(30);

    private static final RSAKey PLATFORM_KEY = rsaKey("platform-key-1");
    private static final RSAKey ROGUE_KEY = rsaKey("rogue-key");

    private static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date in(Duration offset) {
        return Date.from(Instant.now().plus(offset));
    }

    /**
     * One launch attempt: the login the tool holds, what the browser posts and shows, the platform's key
     * set as the tool sees it. Starts out valid; each case changes one or two things.
     */
    static final class Attempt {
        final RecordingLaunches launches = new RecordingLaunches();
        boolean platformRegistered = true;
        boolean acceptsNewDeployments;
        String state = STATE;
        Optional<String> stateCookie = Optional.of(STATE);
        JWKSource<SecurityContext> keySet = new ImmutableJWKSet<>(new JWKSet(PLATFORM_KEY.toPublicJWK()));
        /** {@code null} for an unsigned token (alg none). */
        JWSAlgorithm alg = JWSAlgorithm.RS256;
        JOSEObjectType type = JOSEObjectType.JWT;
        String kid = PLATFORM_KEY.getKeyID();
        RSAKey signingKey = PLATFORM_KEY;
        /** Posted instead of the claims when set. */
        Payload payload;
        /** Posted instead of a token when set. */
        String rawToken;
        final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT_ID)
                .subject("42")
                .issueTime(in(Duration.ZERO))
                .expirationTime(in(Duration.ofMinutes(5)))
                .claim("nonce", NONCE)
                .claim("name", "Ana Ferreira")
                .claim(LTI + "deployment_id", "3")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "target_link_uri", TARGET)
                .claim(LTI + "resource_link", Map.of("id", "8"))
                .claim(LTI + "context", Map.of("id", "17", "title", "Workplace Safety"))
                .claim(LTI + "roles", List.of(LEARNER));

        ValidLaunch validate() {
            Platform platform = new Platform(PlatformId.generate(), new TenantId("t"),
                    new PlatformSpec(ISSUER, CLIENT_ID, "Example University", ISSUER + "/mod/lti/auth.php",
                            ISSUER + "/mod/lti/token.php", JWKS_URL, List.of("3"), acceptsNewDeployments, "moodle"),
                    Platform.Origin.API, Instant.now());
            launches.waiting(new LoginState(STATE, platform.id(), NONCE, TARGET, LoginState.Binding.COOKIE,
                    Instant.now(), Instant.now().plusSeconds(600)),
                    platformRegistered ? Optional.of(platform) : Optional.empty());
            LaunchValidator validator = new LaunchValidator();
            validator.launches = launches;
            validator.keySets = new PlatformKeySets() {
                @Override
                public JWKSource<SecurityContext> of(String jwksUrl) {
                    assertEquals(JWKS_URL, jwksUrl);
                    return keySet;
                }
            };
            return validator.validate(rawToken != null ? rawToken : idToken(), state,
                    new LaunchValidator.BrowserProof(stateCookie, false));
        }

        private String idToken() {
            JWTClaimsSet claimsSet = claims.build();
            if (alg == null) {
                return new PlainJWT(claimsSet).serialize();
            }
            JWSObject jws = new JWSObject(new JWSHeader.Builder(alg).type(type).keyID(kid).build(),
                    payload != null ? payload : new Payload(claimsSet.toJSONObject()));
            try {
                // HMAC keyed with the platform's public key: the forgery a verifier trusting the header's alg takes.
                jws.sign(JWSAlgorithm.Family.HMAC_SHA.contains(alg)
                        ? new MACSigner(PLATFORM_KEY.toRSAPublicKey().getEncoded()) : new RSASSASigner(signingKey));
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign a test token", e);
            }
            return jws.serialize();
        }
    }

    private static Arguments refused(String name, Consumer<Attempt> change, LaunchError error) {
        return arguments(name, change, error);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refused("no state", a -> a.state = null, LaunchError.STATE_MISSING),
                refused("a state the tool does not hold", a -> a.state = "made-up", LaunchError.STATE_UNKNOWN),
                refused("the state of another browser", a -> a.stateCookie = Optional.of("other"),
                        LaunchError.STATE_MISMATCH),
                refused("an id_token that is no JWT", a -> a.rawToken = "not.a.jwt", LaunchError.JWT_MALFORMED),
                refused("the platform deleted meanwhile", a -> a.platformRegistered = false,
                        LaunchError.REGISTRATION_UNKNOWN),
                refused("alg none", a -> a.alg = null, LaunchError.ALG_NOT_ALLOWED),
                refused("HS256 keyed with the public key", a -> a.alg = JWSAlgorithm.HS256,
                        LaunchError.ALG_NOT_ALLOWED),
                refused("RS384 with the platform's key", a -> a.alg = JWSAlgorithm.RS384, LaunchError.ALG_NOT_ALLOWED),
                refused("no kid", a -> a.kid = null, LaunchError.KID_MISSING),
                refused("a blank kid", a -> a.kid = " ", LaunchError.KID_MISSING),
                refused("a kid not in the key set", a -> a.kid = "unknown-kid", LaunchError.KID_UNKNOWN),
                // RFC 7517 §4.4: a key published for another algorithm is not one for RS256.
                refused("the kid of a key published for RS384", a -> a.keySet = new ImmutableJWKSet<>(new JWKSet(
                        new RSAKey.Builder(PLATFORM_KEY.toPublicJWK()).algorithm(JWSAlgorithm.RS384).build())),
                        LaunchError.KID_UNKNOWN),
                refused("the key set unreachable", a -> a.keySet = (selector, context) -> {
                    throw new KeySourceException("Couldn't retrieve remote JWK set: Connection refused");
                }, LaunchError.JWKS_UNAVAILABLE),
                refused("another key under the platform's kid", a -> a.signingKey = ROGUE_KEY,
                        LaunchError.SIGNATURE_INVALID),
                refused("a payload that is no JSON", a -> a.payload = new Payload("not json"),
                        LaunchError.JWT_MALFORMED),
                refused("an exp that is no number", a -> a.claims.claim("exp", "tomorrow"), LaunchError.JWT_MALFORMED),
                refused("a wrong iss", a -> a.claims.issuer("https://impostor.example.com"), LaunchError.ISS_MISMATCH),
                refused("no iss", a -> a.claims.issuer(null), LaunchError.ISS_MISMATCH),
                refused("aud without the client_id", a -> a.claims.audience("another-tool"), LaunchError.AUD_MISMATCH),
                refused("no aud", a -> a.claims.audience((String) null), LaunchError.AUD_MISMATCH),
                refused("several aud without azp", a -> a.claims.audience(List.of(CLIENT_ID, "another-tool")),
                        LaunchError.AZP_INVALID),
                refused("several aud, azp naming another", a -> a.claims.audience(List.of(CLIENT_ID, "another-tool"))
                        .claim("azp", "another-tool"), LaunchError.AZP_INVALID),
                refused("an azp naming another", a -> a.claims.claim("azp", "another-tool"), LaunchError.AZP_INVALID),
                refused("expired beyond the leeway", a -> a.claims.expirationTime(in(BEYOND_LEEWAY.negated())),
                        LaunchError.TOKEN_EXPIRED),
                refused("no exp", a -> a.claims.expirationTime(null), LaunchError.TOKEN_EXPIRED),
                refused("iat ahead beyond the leeway", a -> a.claims.issueTime(in(BEYOND_LEEWAY))
                        .expirationTime(in(BEYOND_LEEWAY.multipliedBy(2))), LaunchError.IAT_INVALID),
                refused("no iat", a -> a.claims.issueTime(null), LaunchError.IAT_INVALID),
                refused("nbf ahead beyond the leeway", a -> a.claims.notBeforeTime(in(BEYOND_LEEWAY)),
                        LaunchError.IAT_INVALID),
                refused("no nonce", a -> a.claims.claim("nonce", null), LaunchError.NONCE_MISSING),
                refused("a blank nonce", a -> a.claims.claim("nonce", ""), LaunchError.NONCE_MISSING),
                refused("a nonce not issued for this login", a -> a.claims.claim("nonce", "made-up"),
                        LaunchError.NONCE_REPLAYED),
                refused("a nonce used before", a -> a.launches.usedNonces.add(NONCE), LaunchError.NONCE_REPLAYED),
                refused("no deployment_id", a -> a.claims.claim(LTI + "deployment_id", null),
                        LaunchError.DEPLOYMENT_MISSING),
                refused("an unknown deployment", a -> a.claims.claim(LTI + "deployment_id", "nobody-registered"),
                        LaunchError.DEPLOYMENT_UNKNOWN),
                refused("a wrong version", a -> a.claims.claim(LTI + "version", "1.1.0"),
                        LaunchError.VERSION_UNSUPPORTED),
                refused("another target_link_uri", a -> a.claims.claim(LTI + "target_link_uri", TARGET + "/elsewhere"),
                        LaunchError.TARGET_LINK_URI_MISMATCH),
                // Two faults at once: the earlier step of the pipeline names the refusal.
                refused("HS256 and no kid", a -> {
                    a.alg = JWSAlgorithm.HS256;
                    a.kid = null;
                }, LaunchError.ALG_NOT_ALLOWED),
                refused("the key set unreachable and expired", a -> {
                    a.keySet = (selector, context) -> {
                        throw new KeySourceException("Connection refused");
                    };
                    a.claims.expirationTime(in(BEYOND_LEEWAY.negated()));
                }, LaunchError.JWKS_UNAVAILABLE),
                refused("an unknown kid and a wrong iss", a -> {
                    a.kid = "unknown-kid";
                    a.claims.issuer("https://impostor.example.com");
                }, LaunchError.KID_UNKNOWN),
                refused("a bad signature and expired", a -> {
                    a.signingKey = ROGUE_KEY;
                    a.claims.expirationTime(in(BEYOND_LEEWAY.negated()));
                }, LaunchError.SIGNATURE_INVALID),
                // Nimbus reads the claims before it looks up the key, so a payload it cannot read is malformed
                // whatever the signature.
                refused("a payload that is no JSON and a bad signature", a -> {
                    a.payload = new Payload("not json");
                    a.signingKey = ROGUE_KEY;
                }, LaunchError.JWT_MALFORMED),
                refused("a wrong iss and aud", a -> a.claims.issuer("https://impostor.example.com")
                        .audience("another-tool"), LaunchError.ISS_MISMATCH),
                refused("aud without the client_id and expired", a -> a.claims.audience("another-tool")
                        .expirationTime(in(BEYOND_LEEWAY.negated())), LaunchError.AUD_MISMATCH),
                refused("several aud without azp and expired", a -> a.claims.audience(List.of(CLIENT_ID, "other"))
                        .expirationTime(in(BEYOND_LEEWAY.negated())), LaunchError.AZP_INVALID),
                refused("expired and no iat", a -> a.claims.expirationTime(in(BEYOND_LEEWAY.negated()))
                        .issueTime(null), LaunchError.TOKEN_EXPIRED),
                refused("no iat and no nonce", a -> a.claims.issueTime(null).claim("nonce", null),
                        LaunchError.IAT_INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithTheErrorOfTheFirstFailingStep(String name, Consumer<Attempt> change, LaunchError error) {
        Attempt attempt = new Attempt();
        change.accept(attempt);

        LaunchRejected refusal = assertThrows(LaunchRejected.class, attempt::validate);
        assertEquals(error, refusal.error(), refusal.getMessage());
        assertEquals(List.of(), attempt.launches.provisioningCalls());
    }

    static Stream<Arguments> acceptedVariants() {
        return Stream.of(
                arguments("as the platform sends it", (Consumer<Attempt>) a -> { }),
                arguments("expired within the leeway", (Consumer<Attempt>) a -> a.claims
                        .expirationTime(in(WITHIN_LEEWAY.negated()))),
                arguments("iat ahead within the leeway", (Consumer<Attempt>) a -> a.claims
                        .issueTime(in(WITHIN_LEEWAY))),
                arguments("nbf ahead within the leeway", (Consumer<Attempt>) a -> a.claims
                        .notBeforeTime(in(WITHIN_LEEWAY))),
                arguments("several aud with azp", (Consumer<Attempt>) a -> a.claims
                        .audience(List.of(CLIENT_ID, "another-tool")).claim("azp", CLIENT_ID)),
                arguments("no typ", (Consumer<Attempt>) a -> a.type = null),
                arguments("another typ", (Consumer<Attempt>) a -> a.type = new JOSEObjectType("id_token+jwt")),
                arguments("anonymous", (Consumer<Attempt>) a -> a.claims.subject(null)),
                arguments("a new deployment the platform accepts", (Consumer<Attempt>) a -> {
                    a.acceptsNewDeployments = true;
                    a.claims.claim(LTI + "deployment_id", "copied-course");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedVariants")
    void acceptsAValidLaunchAndRecordsNoOne(String name, Consumer<Attempt> change) {
        Attempt attempt = new Attempt();
        change.accept(attempt);

        ValidLaunch launch = attempt.validate();

        assertEquals(ISSUER, launch.platform().issuer());
        assertEquals(ISSUER, launch.message().issuer());
        assertTrue(launch.roles().contains(AppRole.LEARNER), launch.roles().toString());
        assertEquals(List.of("takeLogin", "admit"), attempt.launches.calls);
        assertEquals(List.of(), attempt.launches.arrivals);
    }

    @Test
    void validationAloneWritesNoPerson() {
        Attempt attempt = new Attempt();

        ValidLaunch launch = attempt.validate();

        assertEquals(Optional.of("42"), launch.message().subject());
        assertEquals(List.of(), attempt.launches.provisioningCalls());
    }
}
