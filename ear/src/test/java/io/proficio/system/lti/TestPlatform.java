package io.proficio.system.lti;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

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
 * <p>One per test class or test: it holds no static state, serves concurrent requests from a small
 * thread pool, and is thread-safe. {@link #close()} stops it. What the next launch holds is a
 * {@link LaunchSpec}: per login_hint ({@link #launchFor}), queued ({@link #nextLaunch}) or the default
 * ({@link #defaultLaunch}).
 */
public final class TestPlatform implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TestPlatform.class.getName());
    private static final int THREADS = 16;
    private static final int BACKLOG = 512;

    private final HttpServer server;
    private final ExecutorService executor;
    private final PlatformQuirks quirks;
    private final PlatformUrls urls;
    private final PlatformKeys keys = new PlatformKeys();
    private final Clients clients;
    private final Logins logins;
    private final IdTokens idTokens;
    private final Map<String, LaunchSpec.Context> contexts = new ConcurrentHashMap<>();
    private final AuthEndpoint auth;
    private final TokenEndpoint tokens;
    private final NrpsEndpoints nrps;
    private final LineItems lineItems;
    private final AgsScores scores;
    private final AgsEndpoints ags;
    private final RegistrationEndpoints registration;
    private final DeepLinkedResources deepLinkedResources;
    private final DeepLinkReturn deepLinks;
    private final CoursePage course;

    private TestPlatform(String clientId, PlatformQuirks quirks) throws IOException {
        this.quirks = quirks;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), BACKLOG);
        String baseUrl = "http://localhost:" + server.getAddress().getPort();
        urls = new PlatformUrls(baseUrl, quirks.issuer().orElse(baseUrl), quirks.lineItemUrls());
        clients = new Clients(clientId, "deployment-" + UUID.randomUUID());
        logins = new Logins(quirks.loginParameters());
        idTokens = new IdTokens(urls, quirks);
        auth = new AuthEndpoint(logins, clients, this::mint);
        tokens = new TokenEndpoint(clients, urls.token(), quirks.tokenAnswers());
        nrps = new NrpsEndpoints(tokens, urls, quirks.nrpsPaging(), contexts);
        lineItems = new LineItems(urls);
        scores = new AgsScores(tokens, lineItems, urls, new ScorePolicy(quirks.scoreRefusal(), nrps::roster));
        ags = new AgsEndpoints(tokens, urls, quirks.lineItemsPaging(), lineItems, scores);
        registration = new RegistrationEndpoints(urls, quirks.toolPlatform(), clients);
        deepLinkedResources = new DeepLinkedResources(lineItems, quirks.deepLinkLineItems());
        deepLinks = new DeepLinkReturn(urls.issuer(), clients, deepLinkedResources);
        course = new CoursePage(this::initiateFromCoursePage);
        AtomicInteger threadNumber = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "test-platform-" + server.getAddress().getPort() + "-"
                    + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::route);
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
        try {
            return new TestPlatform(clientId, quirks);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test platform", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            switch (path) {
                case "/auth" -> auth.handle(exchange);
                case "/token" -> tokens.handle(exchange);
                case "/jwks" -> keys.serveJwks(exchange);
                case "/.well-known/openid-configuration" -> registration.serveConfiguration(exchange);
                case "/register" -> registration.register(exchange);
                case "/deep-link-return" -> deepLinks.handle(exchange);
                default -> {
                    if (path.startsWith("/nrps/")) {
                        nrps.handle(exchange, path);
                    } else if (path.startsWith("/ags/")) {
                        ags.handle(exchange, path);
                    } else if (path.startsWith("/course/")) {
                        course.handle(exchange, path);
                    } else {
                        HttpExchanges.sendText(exchange, 404, "Not found: " + path);
                    }
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Test platform failed on " + exchange.getRequestMethod() + " " + path, e);
            if (exchange.getResponseCode() == -1) {
                HttpExchanges.sendText(exchange, 500, "Test platform failure: " + e);
            }
        } finally {
            exchange.close();
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
            spec = spec.withContext(known != null ? known
                    : new LaunchSpec.Context(request.contextId(), request.contextId(), "Course " + request.contextId()));
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
        return server.getAddress().getPort();
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

    /** Every access token issued so far answers 401 from now on. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    // ---- NRPS 2.0

    /** The members NRPS lists for this context, replacing earlier ones. */
    public void members(String contextId, List<Member> members) {
        nrps.members(contextId, members);
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
}
