package io.proficio.lti.launch;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The id_token's claim checks that {@code DefaultJWTProcessor} runs once the signature verifies
 * (1EdTech Security Framework §5.1.3 steps 2–5, 7 and 8), as named steps in the order of the launch pipeline:
 * {@code iss}, {@code aud}, {@code azp}, {@code exp}, {@code iat}. Each refuses with its own
 * {@link LaunchError}, carried to {@link LaunchValidator} by a {@link Refusal}; the first failing step wins.
 *
 * <p>{@code iss}, {@code aud} and {@code azp} are checked here rather than left to Nimbus's
 * {@link DefaultJWTClaimsVerifier}, which checks the audience before the issuer and says which failed only
 * in its message. The time window is Nimbus's: {@code exp} is required and must not be past, nor
 * {@code nbf} (RFC 7519 §4.1.5) to come, beyond the leeway. Nimbus has no {@code iat} check; ours refuses an
 * {@code iat} that is missing or further ahead than the leeway.
 */
final class IdTokenClaimsVerifier implements JWTClaimsSetVerifier<SecurityContext> {

    /** A claim check's refusal, passed through {@code DefaultJWTProcessor} unchanged. */
    static final class Refusal extends BadJWTException {

        private final LaunchError error;

        Refusal(LaunchError error) {
            super(error.description());
            this.error = error;
        }

        LaunchError error() {
            return error;
        }
    }

    private final String issuer;
    private final String clientId;
    private final Duration leeway;
    private final DefaultJWTClaimsVerifier<SecurityContext> standardClaims;

    /**
     * @param issuer   the platform's issuer, not {@code null}
     * @param clientId the tool's client_id at the platform, not {@code null}
     * @param leeway   the clock skew allowed on {@code exp}, {@code nbf} and {@code iat}, whole seconds
     */
    IdTokenClaimsVerifier(String issuer, String clientId, Duration leeway) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.leeway = leeway;
        // Given the same issuer and audience, so its own checks of them hold whenever ours have passed.
        // Mutable sets: the verifier asks them whether they contain null, which Set.of answers with an NPE.
        this.standardClaims = new DefaultJWTClaimsVerifier<>(new HashSet<>(List.of(clientId)),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(List.of(JWTClaimNames.EXPIRATION_TIME)), null);
        this.standardClaims.setMaxClockSkew(Math.toIntExact(leeway.toSeconds()));
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws Refusal {
        checkIssuer(claims);
        checkAudience(claims);
        checkTimeWindow(claims, context);
        checkIssueTime(claims);
    }

    /** Step 2: the issuer is exactly the platform's. */
    private void checkIssuer(JWTClaimsSet claims) throws Refusal {
        if (!issuer.equals(claims.getIssuer())) {
            throw new Refusal(LaunchError.ISS_MISMATCH);
        }
    }

    /** Steps 3–5: aud contains the client_id; with several audiences, azp names it; an azp present names it. */
    private void checkAudience(JWTClaimsSet claims) throws Refusal {
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId)) {
            throw new Refusal(LaunchError.AUD_MISMATCH);
        }
        Object azp = claims.getClaim("azp");
        boolean azpRequired = audience.size() > 1;
        if ((azpRequired || azp != null) && !clientId.equals(azp)) {
            throw new Refusal(LaunchError.AZP_INVALID);
        }
    }

    /**
     * Step 7, {@code exp}, by Nimbus. With issuer and audience already checked, the verifier can only
     * fail on a missing or past {@code exp} or on an {@code nbf} to come.
     */
    private void checkTimeWindow(JWTClaimsSet claims, SecurityContext context) throws Refusal {
        try {
            standardClaims.verify(claims, context);
        } catch (ExpiredJWTException e) {
            throw new Refusal(LaunchError.TOKEN_EXPIRED);
        } catch (BadJWTException e) {
            // Missing exp; otherwise "JWT before use time": like an iat ahead, the token is not valid yet.
            throw new Refusal(claims.getExpirationTime() == null ? LaunchError.TOKEN_EXPIRED : LaunchError.IAT_INVALID);
        }
    }

    /** Step 8, {@code iat}: present and not ahead of our clock by more than the leeway. */
    private void checkIssueTime(JWTClaimsSet claims) throws Refusal {
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(Instant.now().plus(leeway))) {
            throw new Refusal(LaunchError.IAT_INVALID);
        }
    }
}
