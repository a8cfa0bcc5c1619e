package io.proficio.testing.lms;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST /token}: the OAuth 2 client credentials grant with a signed JWT client assertion, as the
 * LTI Security Framework §4.1 (RFC 7523 §2.2) has tools ask for LTI Advantage access tokens. The
 * assertion is verified with Nimbus against the tool's JWK Set, RS256 only; iss and sub must be the
 * client id, aud must contain the token URL, exp must lie ahead, the jti must be new. Errors are OAuth
 * JSON: {@code invalid_request}, {@code unsupported_grant_type}, {@code invalid_client} (401) for a bad
 * assertion, {@code invalid_grant} for a replayed one, {@code invalid_scope} when nothing asked for may be
 * granted. Every answer, success or error, has the Content-Type the quirks name ({@link
 * PlatformQuirks#tokenAnswers()}: JSON, or Moodle's text/html), unless a test has it answer with a {@link
 * TestPlatform.Canned} answer instead. It counts every request, keeps the scopes of every grant and the last
 * assertion it parsed, and says {@code expires_in} as a test asks (3600 at first, or nothing). Also checks the
 * bearer tokens the services receive, and revokes them on request. Thread-safe.
 */
final class TokenEndpoint {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final int LIFETIME_SECONDS = 3600;

    /** An access token the platform issued. */
    record Grant(String clientId, Set<String> scopes, Instant expiresAt) {
    }

    private final Clients clients;
    private final String tokenUrl;
    private final PlatformQuirks.TokenAnswers answers;
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final List<Set<String>> grantedScopes = new CopyOnWriteArrayList<>();
    private volatile SignedJWT lastAssertion;
    private volatile OptionalLong expiresIn = OptionalLong.of(LIFETIME_SECONDS);
    private volatile Optional<TestPlatform.Canned> canned = Optional.empty();

    /** @param answers the Content-Type of every answer and the status of errors */
    TokenEndpoint(Clients clients, String tokenUrl, PlatformQuirks.TokenAnswers answers) {
        this.clients = clients;
        this.tokenUrl = tokenUrl;
        this.answers = answers;
    }

    int tokensIssued() {
        return issued.get();
    }

    /** Every token request received, answered or refused. */
    int requestsReceived() {
        return received.get();
    }

    /** The scopes of every token issued, in order. */
    List<Set<String>> grantedScopes() {
        return List.copyOf(grantedScopes);
    }

    /** The client assertion of the latest token request that had a signed JWT for one; null before. */
    SignedJWT lastAssertion() {
        return lastAssertion;
    }

    /** The {@code expires_in} of tokens issued from now on; empty leaves it out (they still expire in an hour). */
    void expiresIn(OptionalLong seconds) {
        expiresIn = seconds;
    }

    /** Every token request from now on gets this answer, whatever it holds. */
    void answerWith(TestPlatform.Canned answer) {
        canned = Optional.of(answer);
    }

    /** Every token issued so far answers 401 from now on. */
    void expireAll() {
        tokens.clear();
    }

    /** The token answers 401 from now on. */
    void revoke(String token) {
        tokens.remove(token);
    }

    /** The grant of an access token the platform issued that is still good; empty for any other. */
    Optional<Grant> grant(String token) {
        return Optional.ofNullable(token).map(tokens::get).filter(grant -> !grant.expiresAt().isBefore(Instant.now()));
    }

    void handle(HttpExchange exchange) throws IOException {
        received.incrementAndGet();
        Optional<TestPlatform.Canned> answer = canned;
        if (answer.isPresent()) {
            HttpExchanges.send(exchange, answer.get().status(), answer.get().contentType(), answer.get().body());
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            HttpExchanges.sendText(exchange, 405, "POST only");
            return;
        }
        if (!HttpExchanges.contentType(exchange).equals("application/x-www-form-urlencoded")) {
            error(exchange, OAuth2Error.INVALID_REQUEST, "the token request must be a form");
            return;
        }
        Map<String, String> form = HttpExchanges.form(HttpExchanges.body(exchange));
        String grantType = form.get("grant_type");
        if (grantType == null) {
            error(exchange, OAuth2Error.INVALID_REQUEST, "grant_type missing");
            return;
        }
        if (!"client_credentials".equals(grantType)) {
            error(exchange, OAuth2Error.UNSUPPORTED_GRANT_TYPE, "only client_credentials");
            return;
        }
        if (!JWT_BEARER.equals(form.get("client_assertion_type")) || form.get("client_assertion") == null) {
            error(exchange, OAuth2Error.INVALID_CLIENT, "a jwt-bearer client_assertion is required");
            return;
        }
        String clientId;
        try {
            clientId = verify(form.get("client_assertion"));
        } catch (Rejected e) {
            error(exchange, e.error, e.getMessage());
            return;
        }
        Set<String> granted = new LinkedHashSet<>(Scope.parse(form.getOrDefault("scope", "")).toStringList());
        granted.retainAll(clients.allowedScopes(clientId));
        if (granted.isEmpty()) {
            error(exchange, OAuth2Error.INVALID_SCOPE, "none of the requested scopes may be granted");
            return;
        }
        OptionalLong lifetime = expiresIn;
        BearerAccessToken token = new BearerAccessToken(lifetime.orElse(0),
                new Scope(granted.toArray(String[]::new)));
        tokens.put(token.getValue(), new Grant(clientId, Set.copyOf(granted),
                Instant.now().plusSeconds(lifetime.orElse(LIFETIME_SECONDS))));
        issued.incrementAndGet();
        grantedScopes.add(Set.copyOf(granted));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        HttpExchanges.send(exchange, 200, answers.contentType(),
                new AccessTokenResponse(new Tokens(token, null)).toJSONObject().toJSONString());
    }

    /** The client id the assertion authenticates. */
    private String verify(String assertion) throws Rejected {
        String clientId;
        try {
            SignedJWT parsed = SignedJWT.parse(assertion);
            lastAssertion = parsed;
            clientId = parsed.getJWTClaimsSet().getIssuer();
        } catch (java.text.ParseException e) {
            throw new Rejected(OAuth2Error.INVALID_CLIENT, "client_assertion is not a signed JWT");
        }
        if (clientId == null || !clients.isKnown(clientId)) {
            throw new Rejected(OAuth2Error.INVALID_CLIENT, "unknown client " + clientId);
        }
        JWKSource<SecurityContext> keys = clients.jwks(clientId).orElseThrow(() ->
                new Rejected(OAuth2Error.INVALID_CLIENT, "the platform does not know the tool's JWKS URL"));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(tokenUrl),
                new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).build(),
                Set.of("iss", "sub", "aud", "exp", "iat", "jti"), null));
        JWTClaimsSet claims;
        try {
            claims = processor.process(assertion, null);
        } catch (BadJWSException e) {
            throw new Rejected(OAuth2Error.INVALID_CLIENT,
                    "client_assertion signature does not verify: " + e.getMessage());
        } catch (BadJOSEException e) {
            throw new Rejected(OAuth2Error.INVALID_CLIENT, "client_assertion rejected: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException | java.text.ParseException e) {
            throw new Rejected(OAuth2Error.INVALID_CLIENT, "client_assertion not verifiable: " + e.getMessage());
        }
        if (!usedJtis.add(claims.getJWTID())) {
            throw new Rejected(OAuth2Error.INVALID_GRANT, "client_assertion jti already used");
        }
        return clientId;
    }

    /**
     * The grant behind the request's bearer token if it carries one of the scopes; otherwise answers 401
     * (no or unknown token) or 403 (wrong scope) per RFC 6750 §3.1 and returns empty.
     */
    Optional<Grant> authorize(HttpExchange exchange, String... acceptedScopes) throws IOException {
        Grant grant = HttpExchanges.bearerToken(exchange).flatMap(this::grant).orElse(null);
        if (grant == null) {
            refuse(exchange, "missing, unknown or expired access token");
            return Optional.empty();
        }
        if (List.of(acceptedScopes).stream().noneMatch(grant.scopes()::contains)) {
            exchange.getResponseHeaders().set("WWW-Authenticate",
                    "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", acceptedScopes) + "\"");
            HttpExchanges.sendError(exchange, 403, "insufficient_scope", "needs one of " + List.of(acceptedScopes));
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** Answers 401 {@code invalid_token} (RFC 6750 §3.1) with this description. */
    static void refuse(HttpExchange exchange, String description) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        HttpExchanges.sendError(exchange, 401, "invalid_token", description);
    }

    private void error(HttpExchange exchange, ErrorObject error, String description) throws IOException {
        ErrorObject described = error.setDescription(description);
        int status = answers.errorStatus().orElse(error.getHTTPStatusCode() > 0 ? error.getHTTPStatusCode() : 400);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        HttpExchanges.send(exchange, status, answers.contentType(), described.toJSONObject().toJSONString());
    }

    /** An assertion that authenticates no one, with the OAuth error to answer. */
    private static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient ErrorObject error;

        Rejected(ErrorObject error, String message) {
            super(message);
            this.error = error;
        }
    }
}
