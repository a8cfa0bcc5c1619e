package io.proficio.infrastructure.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens for LTI Advantage services, obtained by the OAuth 2 client-credentials grant with a
 * {@code private_key_jwt} client assertion (1EdTech Security Framework §4.1; RFC 7523 §2.2): an RS256
 * JWT whose iss and sub are the client_id, whose aud is the token URL, and whose header names the
 * key's kid.
 *
 * <p>Tokens are cached per registration and scope set until {@code expires_in} less 30 seconds
 * (3,600 seconds when the platform does not say). Thread-safe; two threads that miss the cache at
 * once may both fetch a token, and the later one wins.
 */
public final class AccessTokens {

    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);
    static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(3600);
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

    private final ConcurrentMap<Key, Cached> cache = new ConcurrentHashMap<>();
    private final LtiServiceSettings settings;
    private final Clock clock;

    public AccessTokens() {
        this(LtiServiceSettings.DEFAULT, Clock.systemUTC());
    }

    /**
     * @param settings timeouts of the token request; never null
     * @param clock    the time for token expiry and the client assertion's iat/exp; never null
     */
    public AccessTokens(LtiServiceSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A bearer token for the given scopes, from the cache or freshly issued.
     *
     * @param platform the registration to authenticate as; never null
     * @param scopes   the scopes to ask for, at least one; never null
     * @return the access token's value, never null
     * @throws LtiServiceException {@link LtiServiceError#TOKEN_REFUSED} with the platform's error code and
     *                             description, {@link LtiServiceError#UNREACHABLE}, {@link LtiServiceError#FAILED}
     *                             or {@link LtiServiceError#BAD_RESPONSE}
     */
    public String token(PlatformCredentials platform, Set<String> scopes) {
        Key key = Key.of(platform, scopes);
        Instant now = clock.instant();
        Optional<Cached> cached = Optional.ofNullable(cache.get(key)).filter(token -> now.isBefore(token.expiresAt()));
        if (cached.isPresent()) {
            return cached.get().value();
        }
        Cached fresh = fetch(platform, key.scopes(), now);
        cache.put(key, fresh);
        return fresh.value();
    }

    /** Drops the cached token for these scopes, typically because the platform answered 401 to it. */
    public void forget(PlatformCredentials platform, Set<String> scopes) {
        cache.remove(Key.of(platform, scopes));
    }

    private Cached fetch(PlatformCredentials platform, List<String> scopes, Instant now) {
        HTTPRequest request = new TokenRequest(platform.tokenUrl(), assertion(platform, now),
                new ClientCredentialsGrant(), new Scope(scopes.toArray(String[]::new))).toHTTPRequest();
        request.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        request.setReadTimeout(Math.toIntExact(settings.requestTimeout().toMillis()));
        String where = "Token endpoint " + platform.tokenUrl();

        HTTPResponse response;
        try {
            response = request.send();
        } catch (SocketTimeoutException e) {
            throw new LtiServiceException(LtiServiceError.UNREACHABLE, where + " timed out.", e);
        } catch (IOException e) {
            throw new LtiServiceException(LtiServiceError.UNREACHABLE,
                    where + " could not be reached (" + e.getClass().getSimpleName() + ").", e);
        }

        TokenResponse parsed;
        try {
            parsed = TokenResponses.read(response);
        } catch (ParseException e) {
            throw new LtiServiceException(LtiServiceError.BAD_RESPONSE, response.getStatusCode(),
                    PlatformAnswer.firstLine(response.getBody()),
                    where + " answered with no valid token response: " + e.getMessage());
        }
        if (parsed instanceof TokenErrorResponse refusal) {
            throw refused(where, response.getStatusCode(), refusal.getErrorObject());
        }
        AccessToken token = parsed.toSuccessResponse().getTokens().getAccessToken();
        Duration lifetime = token.getLifetime() > 0 ? Duration.ofSeconds(token.getLifetime()) : DEFAULT_LIFETIME;
        return new Cached(token.getValue(), now.plus(lifetime).minus(EXPIRY_MARGIN));
    }

    private PrivateKeyJWT assertion(PlatformCredentials platform, Instant now) {
        RSAKey key = Objects.requireNonNull(platform.signingKey().get(), "signing key");
        if (key.getKeyID() == null) {
            throw new IllegalStateException("The signing key of registration " + platform.registrationKey()
                    + " has no kid; platforms find the tool's public key by it.");
        }
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(new ClientID(platform.clientId()),
                List.of(new Audience(platform.tokenUrl())), Date.from(now.plus(ASSERTION_LIFETIME)), null,
                Date.from(now), new JWTID());
        try {
            return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.toRSAPrivateKey(), key.getKeyID(), null);
        } catch (JOSEException e) {
            // A key without its private part, or no RSA support: our configuration, not the platform.
            throw new IllegalStateException("Cannot sign the client assertion for registration "
                    + platform.registrationKey() + " with key " + key.getKeyID() + ".", e);
        }
    }

    private static LtiServiceException refused(String where, int status, ErrorObject error) {
        StringBuilder detail = new StringBuilder(where).append(" answered HTTP ").append(status);
        if (error.getCode() != null) {
            detail.append(": ").append(error.getCode());
        }
        if (error.getDescription() != null) {
            detail.append(" (").append(error.getDescription()).append(')');
        }
        detail.append('.');
        LtiServiceError code = status >= 500 ? LtiServiceError.FAILED : LtiServiceError.TOKEN_REFUSED;
        Optional<String> answer = Optional.ofNullable(error.getDescription()).or(() -> Optional.ofNullable(error.getCode()));
        return new LtiServiceException(code, status, answer, detail.toString());
    }

    /** Cache key: the registration and the scopes, sorted so that set order does not matter. */
    private record Key(String registrationKey, List<String> scopes) {

        static Key of(PlatformCredentials platform, Set<String> scopes) {
            Objects.requireNonNull(platform, "platform");
            if (scopes.isEmpty() || scopes.stream().anyMatch(scope -> scope.isBlank() || scope.contains(" "))) {
                throw new IllegalArgumentException("Scopes must be at least one, each non-blank without spaces: " + scopes);
            }
            return new Key(platform.registrationKey(), List.copyOf(new TreeSet<>(scopes)));
        }
    }

    private record Cached(String value, Instant expiresAt) {
    }
}
