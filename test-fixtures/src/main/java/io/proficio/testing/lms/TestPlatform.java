package io.proficio.testing.lms;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import io.proficio.testing.http.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test double of an LTI 1.3 platform (Moodle-like) served over real HTTP on 127.0.0.1 and a random
 * port, at {@link #baseUrl()} {@code http://localhost:<port>}, with that as its issuer unless its {@link
 * PlatformQuirks} name another (Canvas cloud). It initiates logins and answers the OIDC
 * authentication request with a signed id_token (LTI Core 1.3 §5.1, Security Framework §5.1), publishes
 * its keys (§6.3), issues access tokens (§4.1), and serves NRPS 2.0, AGS 2.0, Dynamic Registration 1.0,
 * a Deep Linking 2.0 return URL (creating the returned resource links) and a course page with client-side
 * postMessage storage. {@link #start()} is the platform by the letter of the specs ({@link
 * PlatformQuirks#standard()}); {@link #start(PlatformQuirks)} one with the quirks of {@link
 * PlatformQuirks#moodle()}, {@link PlatformQuirks#canvas()} or a mix.
 *
 * <p>{@link #trusting(RSAKey)} is the same platform as the LTI service clients' unit tests want it: it knows the
 * tool by its public key and {@link #CLIENT_ID}, serves one course ({@link #CONTEXT_ID}) at {@link
 * #membershipsUrl()} and {@link #lineItemsUrl()}, pages by page number, and insists on exact media types. On any
 * platform a test can replace the token endpoint's answers ({@link #answerTokenRequestsWith}), refuse or fail service
 * requests ({@link #rejectNextRequests}, {@link #failWith}), slow them down ({@link #delayServiceAnswers}), and
 * read what the token endpoint and the services received ({@link #lastAssertion()}, {@link #tokenScopes()},
 * {@link #requests()}).
 *
 * <p>One per test class or test: it holds no static state, serves concurrent requests from a small
 * thread pool, and is thread-safe. {@link #close()} stops it. What the next launch holds is a
 * {@link LaunchSpec}: per login_hint ({@link #launchFor}), queued ({@link #nextLaunch}) or the default
 * ({@link #defaultLaunch}).
 */
public final class TestPlatform implements AutoCloseable {

    /** The client id of the tool on a platform started {@link #trusting(RSAKey) trusting} its key. */
    public static final String CLIENT_ID = "proficio-tool";
    /** The client assertion type of RFC 7523 §2.2, which the token endpoint wants. */
    public static final String JWT_BEARER = TokenEndpoint.JWT_BEARER;
    /** The course of {@link #membershipsUrl()}, {@link #lineItemsUrl()} and the other course-less helpers. */
    public static final String CONTEXT_ID = "course-42";
    public static final String CONTEXT_LABEL = "SB101";
    public static final String CONTEXT_TITLE = "Safety Basics";

    /**
     * An NRPS or AGS request as the platform received it, whether or not it was answered.
     *
     * @param uri the request target as sent (path and query, no host)
     * @param token the bearer token presented; empty when there was none
     * @param scopes the scopes of that token when the request came; empty for a token the platform did not issue
     */
    public record Request(String method, URI uri, Optional<String> accept, Optional<String> contentType, String token,
            Set<String> scopes, String body) {
    }

    /** An answer of the token endpoint that replaces its own ({@link #answerTokenRequestsWith}). */
    public record Canned(int status, String contentType, String body) {
    }

    private static final int THREADS = 16;
    private static final int BACKLOG = 512;

    private final TestServer server;
    private final PlatformQuirks quirks;
    private final PlatformUrls urls;
    private final PlatformKeys keys = new PlatformKeys();
    private final Clients clients;
    private final Logins logins;
    private final IdTokens idTokens;
    private final Map<String, LaunchSpec.Context> contexts = new ConcurrentHashMap<>();
    private final AuthEndpoint auth;
    private final TokenEndpoint tokens;
    private final ServiceGate services;
    private final NrpsEndpoints nrps;
    private final LineItems lineItems;
    private final AgsScores scores;
    private final AgsEndpoints ags;
    private final RegistrationEndpoints registration;
    private final DeepLinkedResources deepLinkedResources;
    private final DeepLinkReturn deepLinks;
    private final CoursePage course;

    private TestPlatform(String clientId, PlatformQuirks quirks) {
        this.quirks = quirks;
        server = TestServer.named("test-platform").threads(THREADS).backlog(BACKLOG).closingConnections()
                .route("/", this::route).bind();
        String baseUrl = "http://localhost:" + server.port();
        urls = new PlatformUrls(baseUrl, quirks.issuer().orElse(baseUrl), quirks.lineItemUrls());
        clients = new Clients(clientId, "deployment-" + UUID.randomUUID());
        logins = new Logins(quirks.loginParameters());
        idTokens = new IdTokens(urls, quirks);
        auth = new AuthEndpoint(logins, clients, this::mint);
        tokens = new TokenEndpoint(clients, urls.token(), quirks.tokenAnswers());
        services = new ServiceGate(tokens);
        nrps = new NrpsEndpoints(tokens, services, urls, quirks.nrpsPaging(), contexts);
        lineItems = new LineItems(urls);
        scores = new AgsScores(tokens, services, lineItems, urls,
                new ScorePolicy(quirks.scoreRefusal(), nrps::roster));
        ags = new AgsEndpoints(tokens, services, urls, quirks.lineItemsPaging(), lineItems, scores);
        registration = new RegistrationEndpoints(urls, quirks.toolPlatform(), clients);
        deepLinkedResources = new DeepLinkedResources(lineItems, quirks.deepLinkLineItems());
        deepLinks = new DeepLinkReturn(urls.issuer(), clients, deepLinkedResources);
        course = new CoursePage(this::initiateFromCoursePage);
        server.start();
    }

    /** A platform by the letter of the specs ({@link PlatformQuirks#standard()}), random client and deployment ids. */
    public static TestPlatform start() {
        return start(PlatformQuirks.standard());
    }

    /** @param clientId the client id the tool is registered under on this platform */
    public static TestPlatform start(String clientId) {
        return start(clientId, PlatformQuirks.standard());
    }

    /**
     * A platform with these quirks, random client and deployment ids.
     *
     * @param quirks e.g. {@link PlatformQuirks#moodle()} or {@link PlatformQuirks#canvas()}; not null
     */
    public static TestPlatform start(PlatformQuirks quirks) {
        return start("client-" + UUID.randomUUID(), quirks);
    }

    /**
     * @param clientId the client id the tool is registered under on this platform
     * @param quirks not null
     */
    public static TestPlatform start(String clientId, PlatformQuirks quirks) {
        Objects.requireNonNull(quirks, "quirks");
        return new TestPlatform(clientId, quirks);
    }

    /**
     * A platform by the letter of the specs that knows the tool as the LTI service clients' unit tests configure
     * it: as {@link #CLIENT_ID}, verifying its client assertions with {@code toolKey}'s public part itself (no JWK
     * Set URL), its kid included. It knows the course {@link #CONTEXT_ID} ({@link #CONTEXT_LABEL}, {@link
     * #CONTEXT_TITLE}); pages NRPS members ten, line items ten and results two a page by page number; and
     * answers 406 or 415 to a service request without exactly the service's media type.
     *
     * @param toolKey the tool's signing key, or its public part; it must have a kid
     */
    public static TestPlatform trusting(RSAKey toolKey) {
        Objects.requireNonNull(toolKey.getKeyID(), "the tool key's kid");
        TestPlatform platform = new TestPlatform(CLIENT_ID, PlatformQuirks.standard());
        platform.clients.trustDefaultClientKey(toolKey);
        platform.contexts.put(CONTEXT_ID, new LaunchSpec.Context(CONTEXT_ID, CONTEXT_LABEL, CONTEXT_TITLE));
        platform.services.strictMediaTypes(true);
        platform.nrps.pageByNumber(10, false);
        platform.ags.pageByNumber(10, 2);
        return platform;
    }

    @Override
    public void close() {
        server.close();
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/auth" -> auth.handle(exchange);
            case "/token" -> tokens.handle(exchange);
            case "/jwks" -> keys.serveJwks(exchange);
            case "/.well-known/openid-configuration" -> registration.serveConfiguration(exchange);
            case "/register" -> registration.register(exchange);
            case "/deep-link-return" -> deepLinks.handle(exchange);
            default -> {
                if (path.startsWith("/nrps/")) {
                    if (services.admit(exchange)) {
                        nrps.handle(exchange, path);
                    }
                } else if (path.startsWith("/ags/")) {
                    if (services.admit(exchange)) {
                        ags.handle(exchange, path);
                    }
                } else if (path.startsWith("/course/")) {
                    course.handle(exchange, path);
                } else {
                    HttpExchanges.sendText(exchange, 404, "Not found: " + path);
                }
            }
        }
    }

    private String mint(LaunchSpec spec, IdTokens.Request request) {
        JWTClaimsSet claims = idTokens.claims(spec, request);
        if (spec.context() != null) {
            contexts.putIfAbsent(spec.context().id(), spec.context());
        }
        Object settings = claims.getClaim(LtiClaims.DL_SETTINGS);
        if (settings instanceof Map<?, ?> map && map.get("data") instanceof String data) {
            deepLinks.issued(data, new DeepLinkedResources.Request(spec.context() == null ? null : spec.context().id(),
                    Boolean.TRUE.equals(map.get("accept_lineitem"))));
        }
        return keys.sign(claims, spec.headerMode());
    }

    private LoginInitiation initiateFromCoursePage(CoursePage.Initiate request) {
        String hint = request.loginHint() != null ? request.loginHint() : "hint-" + UUID.randomUUID();
        LaunchSpec spec = logins.specFor(hint);
        if (spec.context() != null && !spec.context().id().equals(request.contextId())) {
            LaunchSpec.Context known = contexts.get(request.contextId());
            spec = spec.with(b -> b.context(known != null ? known : new LaunchSpec.Context(request.contextId(),
                    request.contextId(), "Course " + request.contextId())));
        }
        return logins.initiate(issuer(), URI.create(baseUrl()), clients, request.toolBase(), spec,
                LoginOptions.defaults().withStorageTarget("_parent").withLoginHint(hint));
    }

    // ---- identity and URLs

    /** The quirks the platform was started with. */
    public PlatformQuirks quirks() {
        return quirks;
    }

    /** {@code http://localhost:<port>}: where every endpoint of the platform is. */
    public String baseUrl() {
        return urls.baseUrl();
    }

    /**
     * The platform's identity (LTI Core 1.3 §5.3.2 {@code iss}, the login initiation's {@code iss}, the
     * tool_platform guid, the audience of Deep Linking responses): the quirks' issuer when they name one (Canvas
     * cloud's {@code https://canvas.instructure.com}), otherwise {@link #baseUrl()}.
     */
    public String issuer() {
        return urls.issuer();
    }

    public int port() {
        return server.port();
    }

    /** The client id of the tool configured by hand. */
    public String clientId() {
        return clients.defaultClientId();
    }

    /** The deployment of the tool configured by hand. */
    public String deploymentId() {
        return clients.defaultDeploymentId();
    }

    public String authUrl() {
        return urls.auth();
    }

    public String tokenUrl() {
        return urls.token();
    }

    /** {@link #tokenUrl()} as a URI. */
    public URI tokenUri() {
        return URI.create(urls.token());
    }

    /** The NRPS endpoint of the course {@link #CONTEXT_ID}. */
    public URI membershipsUrl() {
        return URI.create(urls.memberships(CONTEXT_ID));
    }

    /** The line items container of the course {@link #CONTEXT_ID}. */
    public URI lineItemsUrl() {
        return URI.create(urls.lineItems(CONTEXT_ID));
    }

    /** The URL of the line item with this number (as {@link #addLineItem} answers it) in {@link #CONTEXT_ID}. */
    public URI lineItemUrl(int number) {
        return URI.create(urls.lineItem(CONTEXT_ID, Integer.toString(number)));
    }

    public String jwksUrl() {
        return urls.jwks();
    }

    public String openidConfigurationUrl() {
        return urls.openidConfiguration();
    }

    public String registrationUrl() {
        return urls.registration();
    }

    public String deepLinkReturnUrl() {
        return urls.deepLinkReturn();
    }

    /**
     * The body of the tool's {@code POST /api/v1/platforms} that registers this platform by hand; a new
     * mutable map, so a negative test can change it.
     *
     * @param deploymentIds the deployments to register, not null
     * @param acceptNewDeployments whether the tool accepts launches from deployments it has not seen
     */
    public Map<String, Object> registrationBody(List<String> deploymentIds, boolean acceptNewDeployments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", issuer());
        body.put("clientId", clientId());
        body.put("authLoginUrl", authUrl());
        body.put("tokenUrl", tokenUrl());
        body.put("jwksUrl", jwksUrl());
        body.put("deploymentIds", List.copyOf(deploymentIds));
        body.put("acceptNewDeployments", acceptNewDeployments);
        return body;
    }

    /** {@link #registrationBody(List, boolean)} with this platform's deployment only. */
    public Map<String, Object> registrationBody() {
        return registrationBody(List.of(deploymentId()), false);
    }

    // ---- keys (Security Framework §6)

    /** A new signing key, published beside the old ones; answers its kid. */
    public String rotateKey() {
        return keys.rotate();
    }

    /** The kid of the key that signs now. */
    public String currentKid() {
        return keys.current().getKeyID();
    }

    /** The published keys, public parts only. */
    public JWKSet publicJwks() {
        return keys.publicJwks();
    }

    /** How often {@code /jwks} was fetched, so a test can see the tool cache it. */
    public int jwksFetches() {
        return keys.jwksFetches();
    }

    // ---- launches (LTI Core 1.3 §5.1)

    /** The spec of the next authentication request that has no spec of its own; queued, used once. */
    public void nextLaunch(LaunchSpec spec) {
        logins.next(spec);
    }

    /** The spec of every authentication request with this login_hint. */
    public void launchFor(String loginHint, LaunchSpec spec) {
        logins.launchFor(loginHint, spec);
    }

    /** The spec used when no other applies; at first one fixed {@link LaunchSpec#learner()}. */
    public void defaultLaunch(LaunchSpec spec) {
        logins.defaultLaunch(spec);
    }

    /**
     * Issues a third-party login initiation to the tool and remembers it, so the authentication request
     * that follows can be checked and answered.
     *
     * @param spec the launch for this login; null to choose when the authentication request comes
     */
    public LoginInitiation initiateLogin(URI toolBase, LaunchSpec spec, LoginOptions options) {
        return logins.initiate(issuer(), URI.create(baseUrl()), clients, toolBase, spec, options);
    }

    /**
     * An id_token for the default client and deployment, minted directly, for tests that post crafted
     * tokens to the tool.
     *
     * @param nonce the nonce claim when the spec echoes one; may be null
     * @param targetLinkUri the target_link_uri claim unless the spec replaces it
     */
    public String idToken(LaunchSpec spec, String nonce, String targetLinkUri) {
        return mint(spec, new IdTokens.Request(clientId(), deploymentId(), nonce, targetLinkUri));
    }

    /** Every authentication request received, its parameters as sent. */
    public List<Map<String, String>> authRequests() {
        return auth.requests();
    }

    // ---- access tokens (Security Framework §4.1)

    /** The tool's JWK Set URL, to verify its client assertions and Deep Linking responses with. */
    public void trustToolJwks(URI toolJwksUrl) {
        clients.trustDefaultClientJwks(toolJwksUrl);
    }

    public int tokensIssued() {
        return tokens.tokensIssued();
    }

    /** How many token requests came, answered or refused. */
    public int tokenRequests() {
        return tokens.requestsReceived();
    }

    /** The scopes of each token issued, in order. */
    public List<Set<String>> tokenScopes() {
        return tokens.grantedScopes();
    }

    /** The client assertion of the latest token request that carried a signed JWT; null before one did. */
    public SignedJWT lastAssertion() {
        return tokens.lastAssertion();
    }

    /**
     * The {@code expires_in} of the tokens issued from now on: 3600 at first; empty leaves it out. The platform
     * takes a token for this long (or an hour, when empty).
     */
    public void expiresIn(OptionalLong seconds) {
        tokens.expiresIn(Objects.requireNonNull(seconds, "seconds"));
    }

    /** Every token request from now on gets this answer instead of the endpoint's own; still counted. */
    public void answerTokenRequestsWith(Canned answer) {
        tokens.answerWith(Objects.requireNonNull(answer, "answer"));
    }

    // ---- faults of the services (NRPS and AGS)

    /** Answers the next {@code count} service requests with a good token 401, and revokes the tokens they carried. */
    public void rejectNextRequests(int count) {
        services.rejectNext(count);
    }

    /** Answers every service request with a good token with this status (an OAuth-style JSON error); 0 to stop. */
    public void failWith(int status) {
        services.failWith(status);
    }

    /** Every service request waits this long before it is looked at; {@link Duration#ZERO} at first. */
    public void delayServiceAnswers(Duration delay) {
        services.delay(delay);
    }

    /**
     * Whether the services answer 406 to a GET whose Accept is not exactly their media type and 415 to a POST or
     * PUT of another type; at first only on a platform started {@link #trusting(RSAKey) trusting} a key.
     */
    public void strictMediaTypes(boolean strict) {
        services.strictMediaTypes(strict);
    }

    /** Every NRPS and AGS request received, in arrival order, including those a fault answered. */
    public List<Request> requests() {
        return services.requests();
    }

    /** The {@link #requests()} with this method whose path starts with {@code pathPrefix}. */
    public List<Request> requests(String method, String pathPrefix) {
        return services.requests().stream()
                .filter(request -> request.method().equals(method) && request.uri().getPath().startsWith(pathPrefix))
                .toList();
    }

    /** Every access token issued so far answers 401 from now on. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    // ---- NRPS 2.0

    /** The members NRPS lists for this context, replacing earlier ones. */
    public void members(String contextId, List<Member> members) {
        nrps.members(contextId, members.stream().map(Member::toJSONObject).toList());
    }

    /**
     * The members NRPS lists for {@link #CONTEXT_ID}, as written (so a test can send what no {@link Member} would,
     * e.g. one without {@code user_id}), replacing earlier ones; and from now on NRPS pages by {@code page},
     * {@code pageSize} to a page, the next link absolute or, when {@code relativeNext}, relative ({@code
     * memberships?page=2}), with {@code first} and {@code last} in Link headers of their own.
     */
    public void members(List<JsonObject> members, int pageSize, boolean relativeNext) {
        nrps.members(CONTEXT_ID, members.stream().map(TestPlatform::toMap).toList());
        nrps.pageByNumber(pageSize, relativeNext);
    }

    /** A learner as NRPS lists one, for {@link #members(List, int, boolean)}; a null status leaves it out. */
    public static JsonObject member(String userId, String status) {
        JsonObjectBuilder member = Json.createObjectBuilder()
                .add("user_id", userId)
                .add("roles", Json.createArrayBuilder().add(LtiRoles.LEARNER));
        if (status != null) {
            member.add("status", status);
        }
        return member.build();
    }

    /**
     * The NRPS page size when the tool names none: at first 100 ({@code standard()}), every member (Moodle) or 10
     * (Canvas). On Moodle a set size stands in for the {@code limit} the tool did not send, so paging is exercised.
     */
    public void membersPageSize(int size) {
        nrps.pageSize(size);
    }

    // ---- AGS 2.0

    /** A line item the platform created itself (as for a gradable link); answers its URL. */
    public String createLineItem(String contextId, String label, double scoreMaximum, String resourceLinkId) {
        return lineItems.create(contextId, HttpExchanges.object("label", label, "scoreMaximum", scoreMaximum,
                "resourceLinkId", resourceLinkId));
    }

    public List<Map<String, Object>> lineItems(String contextId) {
        return lineItems.inContext(contextId);
    }

    /**
     * Stores a line item of {@link #CONTEXT_ID} as if made earlier, its scoreMaximum 100, and answers its number
     * ({@link #lineItemUrl(int)}).
     */
    public int addLineItem(String label, Optional<String> resourceId, Optional<String> resourceLinkId,
            Optional<String> tag) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        item.put("scoreMaximum", 100);
        resourceId.ifPresent(value -> item.put("resourceId", value));
        resourceLinkId.ifPresent(value -> item.put("resourceLinkId", value));
        tag.ifPresent(value -> item.put("tag", value));
        return Math.toIntExact(lineItems.add(CONTEXT_ID, item));
    }

    /** The line items of {@link #CONTEXT_ID}, as JSON. */
    public List<JsonObject> lineItems() {
        return lineItems.inContext(CONTEXT_ID).stream()
                .map(item -> Json.createReader(new StringReader(JSONObjectUtils.toJSONString(item))).readObject())
                .toList();
    }

    /**
     * From now on AGS pages line items by {@code page}, {@code pageSize} to a page (results two a page unless
     * set otherwise), with a query-only next link ({@code <?…&page=2>}) that keeps the other parameters; and,
     * when {@code ignoreFilters}, lists every line item whatever the resource_link_id, resource_id and tag.
     */
    public void lineItemPaging(int pageSize, boolean ignoreFilters) {
        ags.pageByNumber(pageSize, ags.resultsPageSize().orElse(2));
        ags.ignoreFilters(ignoreFilters);
    }

    /**
     * A result of line item {@code number} of {@link #CONTEXT_ID} for a user, as if graded in the platform; it
     * replaces any the user's scores made.
     *
     * @param score the resultScore; null leaves it out
     * @param maximum the resultMaximum; empty leaves it out
     */
    public void addResult(int number, String userId, Double score, Optional<Double> maximum) {
        scores.add(lineItemUrl(number).toString(), userId, score, maximum);
    }

    /** Every score the platform accepted, as sent, plus {@code scoreOf}: the line item URL. */
    public List<Map<String, Object>> scores() {
        return scores.accepted();
    }

    /**
     * Every score POST to a line item the platform refused once its access token was accepted, in arrival order:
     * the body as sent (nothing when it was no JSON object), plus {@code scoreOf}, the line item URL, and {@code
     * status}, the HTTP status answered. That is a score for a user the quirks will not grade (Moodle 400, Canvas
     * 422), an invalid score (400), the wrong media type (415) or, on Moodle, no {@code type_id} (403).
     */
    public List<Map<String, Object>> refusedScores() {
        return scores.refused();
    }

    /** The AGS page size (line items and results) when the tool names none: at first 100, or 10 on Canvas. */
    public void lineItemsPageSize(int size) {
        ags.pageSize(size);
    }

    // ---- Dynamic Registration 1.0

    /** A single-use registration token for {@code POST /register}. */
    public String newRegistrationToken() {
        return registration.newToken();
    }

    /** Where an admin's browser goes to start a registration: the tool's URL with the two parameters of §3.2. */
    public String registrationStartUrl(URI toolRegisterUrl) {
        String separator = toolRegisterUrl.getRawQuery() == null ? "?" : "&";
        return toolRegisterUrl + separator + "openid_configuration=" + HttpExchanges.encode(openidConfigurationUrl())
                + "&registration_token=" + HttpExchanges.encode(newRegistrationToken());
    }

    public List<Registration> registrations() {
        return clients.registrations();
    }

    // ---- pages for browsers

    /**
     * The course page that embeds the tool with client-side storage.
     *
     * @param loginHint the login_hint of the launch; null for a random one
     */
    public URI coursePageUrl(String contextId, URI toolBase, String loginHint) {
        return URI.create(urls.coursePage(contextId) + "?tool="
                + HttpExchanges.encode(toolBase.toString())
                + (loginHint == null ? "" : "&hint=" + HttpExchanges.encode(loginHint)));
    }

    /** The Deep Linking responses received and verified. */
    public List<DeepLinkResponse> deepLinkResponses() {
        return deepLinks.responses();
    }

    /**
     * The resource links the platform created from the {@code ltiResourceLink} items of verified Deep Linking
     * responses, in arrival order, each in the context of its deep linking launch and with its line item when the
     * platform made one ({@link DeepLinkedResource#lineItemUrl()}).
     */
    public List<DeepLinkedResource> deepLinkedResources() {
        return deepLinkedResources.all();
    }

    private static Map<String, Object> toMap(JsonObject json) {
        try {
            return JSONObjectUtils.parse(json.toString());
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JSON object: " + json, e);
        }
    }
}
