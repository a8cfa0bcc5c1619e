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
 * port, with issuer {@code http://localhost:<port>}. It initiates logins and answers the OIDC
 * authentication request with a signed id_token (LTI Core 1.3 §5.1, Security Framework §5.1), publishes
 * its keys (§6.3), issues access tokens (§4.1), and serves NRPS 2.0, AGS 2.0, Dynamic Registration 1.0,
 * a Deep Linking 2.0 return URL and a course page with client-side postMessage storage.
 *
 * <p>One per test class or test: it holds no static state, serves concurrent requests from a small
 * thread pool, and is thread-safe. {@link #close()} stops it. What the next launch holds is a
 * {@link LaunchSpec}: per login_hint ({@link #launchFor}), queued ({@link #nextLaunch}) or the default
 * ({@link #defaultLaunch}).
 */
public final class TestPlatform implements AutoCloseable {

    /** The Moodle version the platform claims to be, in tool_platform and its openid-configuration. */
    static final String PRODUCT_VERSION = "4.5";
    private static final Logger LOG = Logger.getLogger(TestPlatform.class.getName());
    private static final int THREADS = 16;
    private static final int BACKLOG = 512;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String issuer;
    private final PlatformKeys keys = new PlatformKeys();
    private final Clients clients;
    private final Logins logins = new Logins();
    private final Map<String, LaunchSpec.Context> contexts = new ConcurrentHashMap<>();
    private final AuthEndpoint auth;
    private final TokenEndpoint tokens;
    private final NrpsEndpoints nrps;
    private final AgsEndpoints ags;
    private final RegistrationEndpoints registration;
    private final DeepLinkReturn deepLinks;
    private final CoursePage course;

    private TestPlatform(String clientId) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), BACKLOG);
        issuer = "http://localhost:" + server.getAddress().getPort();
        clients = new Clients(clientId, "deployment-" + UUID.randomUUID());
        auth = new AuthEndpoint(logins, clients, issuer, this::mint);
        tokens = new TokenEndpoint(clients, tokenUrl());
        nrps = new NrpsEndpoints(tokens, issuer, contexts);
        ags = new AgsEndpoints(tokens, issuer);
        registration = new RegistrationEndpoints(issuer, clients);
        deepLinks = new DeepLinkReturn(issuer, clients);
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

    /** A platform with a random client id and deployment id. */
    public static TestPlatform start() {
        return start("client-" + UUID.randomUUID());
    }

    /** @param clientId the client id the tool is registered under on this platform */
    public static TestPlatform start(String clientId) {
        try {
            return new TestPlatform(clientId);
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
        JWTClaimsSet claims = IdTokens.claims(spec, request);
        if (spec.context() != null) {
            contexts.putIfAbsent(spec.context().id(), spec.context());
        }
        Object settings = claims.getClaim(LtiClaims.DL_SETTINGS);
        if (settings instanceof Map<?, ?> map && map.get("data") instanceof String data) {
            deepLinks.issued(data);
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
        return logins.initiate(issuer, clients, request.toolBase(), spec,
                LoginOptions.defaults().withStorageTarget("_parent").withLoginHint(hint));
    }

    // ---- identity and URLs

    /** {@code http://localhost:<port>}. */
    public String issuer() {
        return issuer;
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
        return issuer + "/auth";
    }

    public String tokenUrl() {
        return issuer + "/token";
    }

    public String jwksUrl() {
        return issuer + "/jwks";
    }

    public String openidConfigurationUrl() {
        return issuer + "/.well-known/openid-configuration";
    }

    public String registrationUrl() {
        return issuer + "/register";
    }

    public String deepLinkReturnUrl() {
        return issuer + "/deep-link-return";
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
        body.put("issuer", issuer);
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
        return logins.initiate(issuer, clients, toolBase, spec, options);
    }

    /**
     * An id_token for the default client and deployment, minted directly, for tests that post crafted
     * tokens to the tool.
     *
     * @param nonce the nonce claim when the spec echoes one; may be null
     * @param targetLinkUri the target_link_uri claim unless the spec replaces it
     */
    public String idToken(LaunchSpec spec, String nonce, String targetLinkUri) {
        return mint(spec, new IdTokens.Request(issuer, clientId(), deploymentId(), nonce, targetLinkUri));
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

    /** The NRPS page size when the tool sends no limit; 100 at first. */
    public void membersPageSize(int size) {
        nrps.pageSize(size);
    }

    // ---- AGS 2.0

    /** A line item the platform created itself (as for a gradable link); answers its URL. */
    public String createLineItem(String contextId, String label, double scoreMaximum, String resourceLinkId) {
        return ags.create(contextId, HttpExchanges.object("label", label, "scoreMaximum", scoreMaximum,
                "resourceLinkId", resourceLinkId));
    }

    public List<Map<String, Object>> lineItems(String contextId) {
        return ags.lineItems(contextId);
    }

    /** Every score received, as sent, plus {@code scoreOf}: the line item URL. */
    public List<Map<String, Object>> scores() {
        return ags.scores();
    }

    /** The AGS page size when the tool sends no limit; 100 at first. */
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
        return URI.create(issuer + "/course/" + HttpExchanges.encode(contextId) + "?tool="
                + HttpExchanges.encode(toolBase.toString())
                + (loginHint == null ? "" : "&hint=" + HttpExchanges.encode(loginHint)));
    }

    /** The Deep Linking responses received and verified. */
    public List<DeepLinkResponse> deepLinkResponses() {
        return deepLinks.responses();
    }
}
