package io.proficio.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformUser;
import io.proficio.domain.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Validates an LTI 1.3 launch as an explicit ordered pipeline (1EdTech Security Framework §5.1.3,
 * LTI Core §5.1.2 and §5.3): state → JWT format → registration → signature (RS256 only, the platform's
 * key set) → {@code iss} → {@code aud}/{@code azp} → {@code exp}/{@code iat} → {@code nonce} →
 * {@code deployment_id} → message claims ({@code message_type}, {@code version}, {@code target_link_uri},
 * {@code resource_link.id}, {@code roles}). The first failing step refuses the launch with its
 * {@link LaunchError}; nothing after it runs, and no session is made.
 */
@ApplicationScoped
public class LaunchValidator {

    /**
     * Clock skew tolerated on {@code exp} and {@code iat}: one minute, as the Security Framework
     * (§5.1.3 step 7, "allowing for some leeway") leaves to the tool and most tools choose.
     */
    static final Duration LEEWAY = Duration.ofSeconds(60);

    @Inject
    LaunchService launches;
    @Inject
    PlatformKeySets keySets;

    /** The browser's side of the state: the state cookie's value, or that postMessage storage held it. */
    public record BrowserProof(Optional<String> stateCookie, boolean storageVerified) {
    }

    public ValidLaunch validate(String idToken, String state, BrowserProof proof) {
        LaunchService.Login login = takeLogin(state, proof);
        SignedJWT jwt = signedJwt(idToken);
        Platform platform = login.platform().orElseThrow(() -> new LaunchRejected(LaunchError.REGISTRATION_UNKNOWN));
        verifySignature(jwt, platform);
        JWTClaimsSet claims = claims(jwt);
        checkIssuer(claims, platform);
        checkAudience(claims, platform);
        Instant validUntil = checkTimes(claims);
        admit(claims, login.state(), platform, validUntil);
        LtiMessage message = LtiMessage.parse(claims);
        if (message.targetLinkUri().filter(login.state().targetLinkUri()::equals).isEmpty()) {
            throw new LaunchRejected(LaunchError.TARGET_LINK_URI_MISMATCH);
        }
        Set<AppRole> roles = AppRole.fromLti(message.roles());
        Optional<Person> person = message.subject()
                .map(subject -> launches.arrive(platform, arrival(subject, message, platform, roles)));
        return new ValidLaunch(platform, message, person, roles);
    }

    private LaunchService.Login takeLogin(String state, BrowserProof proof) {
        if (state == null || state.isBlank()) {
            throw new LaunchRejected(LaunchError.STATE_MISSING);
        }
        LaunchService.Login login = launches.takeLogin(state)
                .orElseThrow(() -> new LaunchRejected(LaunchError.STATE_UNKNOWN));
        boolean bound = switch (login.state().binding()) {
            case COOKIE -> proof.stateCookie().filter(state::equals).isPresent();
            case PLATFORM_STORAGE -> proof.storageVerified();
        };
        if (!bound) {
            throw new LaunchRejected(LaunchError.STATE_MISMATCH);
        }
        return login;
    }

    private static SignedJWT signedJwt(String idToken) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken == null ? "" : idToken);
        } catch (ParseException e) {
            throw new LaunchRejected(LaunchError.JWT_MALFORMED);
        }
        if (jwt instanceof PlainJWT) {
            throw new LaunchRejected(LaunchError.ALG_NOT_ALLOWED, "The token is unsigned (alg none).");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new LaunchRejected(LaunchError.JWT_MALFORMED);
        }
        return signed;
    }

    private void verifySignature(SignedJWT jwt, Platform platform) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRejected(LaunchError.ALG_NOT_ALLOWED, "It is signed with " + jwt.getHeader().getAlgorithm() + ".");
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejected(LaunchError.KID_MISSING);
        }
        List<JWK> keys;
        try {
            keys = keySets.of(platform.jwksUrl()).get(new JWKSelector(new JWKMatcher.Builder().keyID(kid)
                    .keyType(KeyType.RSA).keyUses(KeyUse.SIGNATURE, null).build()), null);
        } catch (KeySourceException e) {
            throw new LaunchRejected(LaunchError.JWKS_UNAVAILABLE, e.getMessage());
        }
        if (keys.isEmpty()) {
            throw new LaunchRejected(LaunchError.KID_UNKNOWN, "kid " + kid + ".");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier((RSAKey) keys.get(0)))) {
                throw new LaunchRejected(LaunchError.SIGNATURE_INVALID);
            }
        } catch (JOSEException e) {
            throw new LaunchRejected(LaunchError.SIGNATURE_INVALID, e.getMessage());
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejected(LaunchError.JWT_MALFORMED);
        }
    }

    private static void checkIssuer(JWTClaimsSet claims, Platform platform) {
        if (!platform.issuer().equals(claims.getIssuer())) {
            throw new LaunchRejected(LaunchError.ISS_MISMATCH);
        }
    }

    /** Security Framework §5.1.3 steps 3–5: aud contains the client_id; with several audiences, azp names it. */
    private static void checkAudience(JWTClaimsSet claims, Platform platform) {
        List<String> audience = claims.getAudience();
        if (!audience.contains(platform.clientId())) {
            throw new LaunchRejected(LaunchError.AUD_MISMATCH);
        }
        Object azp = claims.getClaim("azp");
        boolean azpRequired = audience.size() > 1;
        if ((azpRequired || azp != null) && !platform.clientId().equals(azp)) {
            throw new LaunchRejected(LaunchError.AZP_INVALID);
        }
    }

    /** @return when the token stops being valid (its exp plus the leeway) */
    private static Instant checkTimes(JWTClaimsSet claims) {
        Instant now = Instant.now();
        Date exp = claims.getExpirationTime();
        if (exp == null || now.isAfter(exp.toInstant().plus(LEEWAY))) {
            throw new LaunchRejected(LaunchError.TOKEN_EXPIRED);
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(LEEWAY))) {
            throw new LaunchRejected(LaunchError.IAT_INVALID);
        }
        return exp.toInstant().plus(LEEWAY);
    }

    /**
     * The nonce must be present and the one issued with this state, then (in the database, in order)
     * never seen before; the deployment must be present, then known or accepted by the platform's policy.
     */
    private void admit(JWTClaimsSet claims, LoginState login, Platform platform, Instant validUntil) {
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String text) || text.isBlank()) {
            throw new LaunchRejected(LaunchError.NONCE_MISSING);
        }
        if (!text.equals(login.nonce())) {
            throw new LaunchRejected(LaunchError.NONCE_REPLAYED, "It is not the nonce of this login.");
        }
        Object deployment = claims.getClaim(LtiMessage.DEPLOYMENT_ID);
        if (!(deployment instanceof String id) || id.isBlank()) {
            throw new LaunchRejected(LaunchError.DEPLOYMENT_MISSING);
        }
        switch (launches.admit(platform, text, validUntil, id)) {
            case NONCE_USED -> throw new LaunchRejected(LaunchError.NONCE_REPLAYED);
            case DEPLOYMENT_UNKNOWN -> throw new LaunchRejected(LaunchError.DEPLOYMENT_UNKNOWN, "Deployment " + id + ".");
            case ADMITTED -> { }
        }
    }

    private static LaunchService.Arrival arrival(String subject, LtiMessage message, Platform platform,
                                                 Set<AppRole> roles) {
        return new LaunchService.Arrival(new PlatformUser(platform.issuer(), subject, message.user().name(),
                message.user().givenName(), message.user().familyName(), message.user().email(),
                message.lis().personSourcedid()), ValidLaunch.courseRef(platform, message),
                AppRole.courseRoles(message.roles()));
    }
}
