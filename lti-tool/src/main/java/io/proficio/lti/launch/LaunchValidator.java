package io.proficio.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Validates an LTI 1.3 launch as an explicit ordered pipeline (1EdTech Security Framework §5.1.3,
 * LTI Core §5.1.2 and §5.3): state → JWT format → registration → header ({@code alg} RS256 only, §5.1.3
 * step 6; a {@code kid}) → signature with the platform's key set → {@code iss} → {@code aud}/{@code azp}
 * → {@code exp}/{@code iat} → {@code nonce} → {@code deployment_id} → message claims
 * ({@code message_type}, {@code version}, {@code target_link_uri}, {@code resource_link.id},
 * {@code roles}). The first failing step refuses the launch with its {@link LaunchError}; nothing after
 * it runs, and no session is made.
 *
 * <p>Signature and claims go through Nimbus's {@link DefaultJWTProcessor}: a
 * {@link JWSVerificationKeySelector} for RS256 over the platform's {@link PlatformKeySets key set}, and an
 * {@link IdTokenClaimsVerifier} for the claim steps. The header is checked before, so that each of Nimbus's
 * exceptions left means one {@link LaunchError} only. Nimbus reads the claims before it looks up the key:
 * a payload that is no JSON object of claims is {@link LaunchError#JWT_MALFORMED} whatever its signature.
 *
 * <p>Validation writes nothing but what replay protection needs: the state and the nonce are used up
 * (Security Framework §5.1.3 step 9). Who the person is, their course roster and a newly seen deployment
 * are recorded afterwards, by {@link LaunchProvisioning}, for a launch this has accepted.
 */
@ApplicationScoped
public class LaunchValidator {

    /**
     * Clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}: one minute, as the Security Framework
     * (§5.1.3 step 7, "allowing for some leeway") leaves to the tool and most tools choose.
     */
    static final Duration LEEWAY = Duration.ofSeconds(60);

    /**
     * LTI does not constrain the id_token's {@code typ}; platforms send {@code JWT} or nothing, and a
     * different one is no reason of ours to refuse (Nimbus's default accepts only those two).
     */
    private static final JOSEObjectTypeVerifier<SecurityContext> ANY_TYPE = (type, context) -> { };

    @Inject
    LaunchService launches;
    @Inject
    PlatformKeySets keySets;

    /** The browser's side of the state: the state cookie's value, or that postMessage storage held it. */
    public record BrowserProof(Optional<String> stateCookie, boolean storageVerified) {
    }

    /**
     * Runs the pipeline on a launch's form post.
     *
     * @param idToken the {@code id_token} posted, may be {@code null}
     * @param state   the {@code state} posted, may be {@code null}
     * @param proof   what the browser shows of the state, not {@code null}
     * @return the valid launch, never {@code null}
     * @throws LaunchRejected with the {@link LaunchError} of the first step that fails
     */
    public ValidLaunch validate(String idToken, String state, BrowserProof proof) {
        LaunchService.Login login = takeLogin(state, proof);
        SignedJWT jwt = signedJwt(idToken);
        Platform platform = login.platform().orElseThrow(() -> new LaunchRejected(LaunchError.REGISTRATION_UNKNOWN));
        checkHeader(jwt.getHeader());
        JWTClaimsSet claims = verify(jwt, platform);
        Instant validUntil = claims.getExpirationTime().toInstant().plus(LEEWAY);
        admit(claims, login.state(), platform, validUntil);
        LtiMessage message = LtiMessage.parse(claims);
        if (message.targetLinkUri().filter(login.state().targetLinkUri()::equals).isEmpty()) {
            throw new LaunchRejected(LaunchError.TARGET_LINK_URI_MISMATCH);
        }
        Set<AppRole> roles = AppRole.fromLti(message.roles());
        return new ValidLaunch(platform, message, roles);
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

    /**
     * Security Framework §5.1.3 step 6 and RFC 7515 §4.1.4: RS256 only, and the key named. Checked before
     * the processor, whose key selector answers a wrong {@code alg} and an unknown {@code kid} alike.
     */
    private static void checkHeader(JWSHeader header) {
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new LaunchRejected(LaunchError.ALG_NOT_ALLOWED,
                    "It is signed with " + header.getAlgorithm() + ".");
        }
        String kid = header.getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejected(LaunchError.KID_MISSING);
        }
    }

    /** Security Framework §5.1.3 steps 1–5, 7 and 8: signature, then the claim steps, by Nimbus. */
    private JWTClaimsSet verify(SignedJWT jwt, Platform platform) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(ANY_TYPE);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                keySets.of(platform.jwksUrl())));
        processor.setJWTClaimsSetVerifier(new IdTokenClaimsVerifier(platform.issuer(), platform.clientId(), LEEWAY));
        try {
            return processor.process(jwt, null);
        } catch (KeySourceException e) {
            throw new LaunchRejected(LaunchError.JWKS_UNAVAILABLE, e.getMessage());
        } catch (IdTokenClaimsVerifier.Refusal e) {
            throw new LaunchRejected(e.error());
        } catch (BadJWSException e) {
            throw new LaunchRejected(LaunchError.SIGNATURE_INVALID);
        } catch (BadJWTException e) {
            // Not one of our claim steps, so Nimbus's reading of the claims, which it does before the key
            // lookup: the payload is no JSON object, or a registered claim has the wrong type.
            throw new LaunchRejected(LaunchError.JWT_MALFORMED);
        } catch (BadJOSEException e) {
            // With the alg checked and any typ accepted, what is left is "no matching key(s) found".
            throw new LaunchRejected(LaunchError.KID_UNKNOWN, "kid " + jwt.getHeader().getKeyID() + ".");
        } catch (JOSEException e) {
            throw new LaunchRejected(LaunchError.SIGNATURE_INVALID, e.getMessage());
        }
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
            case DEPLOYMENT_UNKNOWN ->
                    throw new LaunchRejected(LaunchError.DEPLOYMENT_UNKNOWN, "Deployment " + id + ".");
            case ADMITTED -> { }
        }
    }
}
