package io.proficio.infrastructure.lti;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.util.MultivaluedMapUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.proficio.infrastructure.lti.ags.AgsClient;
import io.proficio.infrastructure.lti.nrps.NrpsClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A fake LMS for the service clients' tests: a real HTTP server on a random loopback port. Its token
 * endpoint checks the client-credentials request as a platform must (1EdTech Security Framework §4.1:
 * RS256 signature with the tool's public key and kid, iss = sub = client_id, aud = token URL, exp in
 * the future, a fresh jti); its NRPS and AGS endpoints check the bearer token, its scope and the
 * media types, and record every request. One instance per test.
 */
public final class FakePlatform implements AutoCloseable {

    public static final String CLIENT_ID = "proficio-tool";
    public static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    public static final String CONTEXT_ID = "course-42";
    public static final String CONTEXT_TITLE = "Safety Basics";

    /** A service request as the platform received it; {@code token} is the bearer token presented. */
    public record Request(String method, URI uri, Optional<String> accept, Optional<String> contentType, String token,
                   Set<String> scopes, String body) {
    }

    /** A canned answer of the token endpoint, replacing the real one. */
    public record Canned(int status, String contentType, String body) {
    }

    private record Answer(int status, Map<String, List<String>> headers, String contentType, String body) {

        static Answer json(int status, JsonObject body) {
            return new Answer(status, Map.of(), "application/json", body.toString());
        }

        static Answer error(int status, String error, String description) {
            return json(status, Json.createObjectBuilder().add("error", error).add("error_description", description).build());
        }
    }

    private final RSAKey toolPublicKey;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final URI base;

    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<Set<String>> tokenScopes = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> issued = new ConcurrentHashMap<>();
    private final Set<String> seenJtis = ConcurrentHashMap.newKeySet();
    private volatile SignedJWT lastAssertion;
    private volatile OptionalLong expiresIn = OptionalLong.of(3600);
    private volatile Optional<Canned> tokenAnswer = Optional.empty();

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger unauthorizedToSend = new AtomicInteger();
    private volatile int failureStatus;
    private volatile Duration delay = Duration.ZERO;

    private volatile List<JsonObject> members = List.of();
    private volatile int memberPageSize = 10;
    private volatile boolean relativeNext;

    private final List<JsonObject> lineItems = new CopyOnWriteArrayList<>();
    private volatile int lineItemPageSize = 10;
    private volatile boolean ignoreFilters;
    private final Map<Integer, List<JsonObject>> results = new ConcurrentHashMap<>();
    private volatile int resultPageSize = 2;

    public FakePlatform(RSAKey toolKey) throws IOException {
        this.toolPublicKey = toolKey.toPublicJWK();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        this.server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        server.setExecutor(executor);
        server.createContext("/token", exchange -> handle(exchange, this::token));
        server.createContext("/nrps/memberships", exchange -> handle(exchange, this::memberships));
        server.createContext("/ags/lineitems", exchange -> handle(exchange, this::lineItems));
        server.start();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- addresses -------------------------------------------------------------------------------

    public URI tokenUrl() {
        return base.resolve("/token");
    }

    public URI membershipsUrl() {
        return base.resolve("/nrps/memberships");
    }

    public URI lineItemsUrl() {
        return base.resolve("/ags/lineitems");
    }

    public URI lineItemUrl(int number) {
        return base.resolve("/ags/lineitems/" + number);
    }

    /** Credentials of the tool at this platform, signing with {@code key}. */
    public PlatformCredentials credentials(String registrationKey, RSAKey key) {
        return new PlatformCredentials(registrationKey, CLIENT_ID, tokenUrl(), () -> key);
    }

    // ---- behaviour -------------------------------------------------------------------------------

    /** The expires_in of issued tokens; empty to leave it out. */
    public void expiresIn(OptionalLong seconds) {
        this.expiresIn = seconds;
    }

    public void answerTokenRequestsWith(Canned answer) {
        this.tokenAnswer = Optional.of(answer);
    }

    /** Answers the next {@code count} service requests 401 and revokes the tokens they carried. */
    public void rejectNextRequests(int count) {
        unauthorizedToSend.set(count);
    }

    /** Answers every service request with this status (0 to stop). */
    public void failWith(int status) {
        this.failureStatus = status;
    }

    public void delayServiceAnswers(Duration delay) {
        this.delay = delay;
    }

    public void members(List<JsonObject> members, int pageSize, boolean relativeNext) {
        this.members = List.copyOf(members);
        this.memberPageSize = pageSize;
        this.relativeNext = relativeNext;
    }

    /** Stores a line item as if created earlier and returns its number. */
    public int addLineItem(String label, Optional<String> resourceId, Optional<String> resourceLinkId, Optional<String> tag) {
        JsonObjectBuilder item = Json.createObjectBuilder().add("label", label).add("scoreMaximum", 100);
        resourceId.ifPresent(value -> item.add("resourceId", value));
        resourceLinkId.ifPresent(value -> item.add("resourceLinkId", value));
        tag.ifPresent(value -> item.add("tag", value));
        return store(item.build());
    }

    public void lineItemPaging(int pageSize, boolean ignoreFilters) {
        this.lineItemPageSize = pageSize;
        this.ignoreFilters = ignoreFilters;
    }

    /** Records a result for a user on line item {@code number}; a null score leaves resultScore out. */
    public void addResult(int number, String userId, Double score, Optional<Double> maximum) {
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("id", lineItemUrl(number) + "/results/" + userId)
                .add("scoreOf", lineItemUrl(number).toString())
                .add("userId", userId);
        if (score != null) {
            result.add("resultScore", score);
        }
        maximum.ifPresent(value -> result.add("resultMaximum", value));
        results.computeIfAbsent(number, n -> new CopyOnWriteArrayList<>()).add(result.build());
    }

    // ---- what happened ---------------------------------------------------------------------------

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** The scopes asked for by each token request, in order. */
    public List<Set<String>> tokenScopes() {
        return List.copyOf(tokenScopes);
    }

    public SignedJWT lastAssertion() {
        return lastAssertion;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method, String pathPrefix) {
        return requests.stream()
                .filter(request -> request.method().equals(method) && request.uri().getPath().startsWith(pathPrefix))
                .toList();
    }

    public List<JsonObject> lineItems() {
        return List.copyOf(lineItems);
    }

    // ---- token endpoint --------------------------------------------------------------------------

    private Answer token(HttpExchange exchange, String body) throws Exception {
        tokenRequests.incrementAndGet();
        if (tokenAnswer.isPresent()) {
            Canned canned = tokenAnswer.get();
            return new Answer(canned.status(), Map.of(), canned.contentType(), canned.body());
        }
        Map<String, List<String>> form = URLUtils.parseParameters(body);
        if (!"client_credentials".equals(MultivaluedMapUtils.getFirstValue(form, "grant_type"))) {
            return Answer.error(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!JWT_BEARER.equals(MultivaluedMapUtils.getFirstValue(form, "client_assertion_type"))) {
            return Answer.error(400, "invalid_request", "client_assertion_type must be jwt-bearer");
        }
        String scope = MultivaluedMapUtils.getFirstValue(form, "scope");
        if (scope == null || scope.isBlank()) {
            return Answer.error(400, "invalid_scope", "no scope");
        }
        Optional<String> problem = assertionProblem(MultivaluedMapUtils.getFirstValue(form, "client_assertion"));
        if (problem.isPresent()) {
            return Answer.error(401, "invalid_client", problem.get());
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scope.split(" ")));
        tokenScopes.add(Set.copyOf(scopes));
        String token = "tok-" + tokenRequests.get();
        issued.put(token, Set.copyOf(scopes));
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("access_token", token).add("token_type", "Bearer").add("scope", scope);
        expiresIn.ifPresent(seconds -> answer.add("expires_in", seconds));
        return Answer.json(200, answer.build());
    }

    private Optional<String> assertionProblem(String assertion) throws Exception {
        if (assertion == null) {
            return Optional.of("no client_assertion");
        }
        SignedJWT jwt = SignedJWT.parse(assertion);
        lastAssertion = jwt;
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        Date exp = claims.getExpirationTime();
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Optional.of("alg is not RS256");
        } else if (!toolPublicKey.getKeyID().equals(jwt.getHeader().getKeyID())) {
            return Optional.of("unknown kid " + jwt.getHeader().getKeyID());
        } else if (!jwt.verify(new RSASSAVerifier(toolPublicKey))) {
            return Optional.of("signature does not verify");
        } else if (!CLIENT_ID.equals(claims.getIssuer()) || !CLIENT_ID.equals(claims.getSubject())) {
            return Optional.of("iss and sub must be the client_id");
        } else if (!claims.getAudience().contains(tokenUrl().toString())) {
            return Optional.of("aud must be the token URL, was " + claims.getAudience());
        } else if (exp == null || !exp.after(new Date())) {
            return Optional.of("expired");
        } else if (claims.getJWTID() == null || !seenJtis.add(claims.getJWTID())) {
            return Optional.of("jti missing or replayed");
        }
        return Optional.empty();
    }

    // ---- NRPS ------------------------------------------------------------------------------------

    private Answer memberships(HttpExchange exchange, String body) {
        return service(exchange, body, "GET", Set.of(NrpsClient.SCOPE_MEMBERSHIP_READONLY),
                NrpsClient.MEMBERSHIP_CONTAINER, request -> {
                    int page = page(request.uri());
                    int pages = Math.max(1, (members.size() + memberPageSize - 1) / memberPageSize);
                    JsonArrayBuilder slice = Json.createArrayBuilder();
                    members.stream().skip((long) (page - 1) * memberPageSize).limit(memberPageSize).forEach(slice::add);
                    JsonObject container = Json.createObjectBuilder()
                            .add("id", request.uri().toString())
                            .add("context", Json.createObjectBuilder()
                                    .add("id", CONTEXT_ID).add("label", "SB101").add("title", CONTEXT_TITLE))
                            .add("members", slice)
                            .build();
                    Map<String, List<String>> headers = new LinkedHashMap<>();
                    if (page < pages) {
                        String next = relativeNext ? "memberships?page=" + (page + 1)
                                : membershipsUrl() + "?page=" + (page + 1);
                        // Two Link headers, the second with two links: clients must read them all.
                        headers.put("Link", List.of("<" + membershipsUrl() + "?page=1>; rel=\"first\"",
                                "<" + next + ">; rel=\"next\", <" + membershipsUrl() + "?page=" + pages + ">; rel=\"last\""));
                    }
                    return new Answer(200, headers, NrpsClient.MEMBERSHIP_CONTAINER, container.toString());
                });
    }

    // ---- AGS -------------------------------------------------------------------------------------

    private Answer lineItems(HttpExchange exchange, String body) {
        String[] path = exchange.getRequestURI().getPath().substring("/ags/lineitems".length()).split("/");
        String method = exchange.getRequestMethod();
        if (path.length <= 1 && method.equals("GET")) {
            return service(exchange, body, "GET", Set.of(AgsClient.SCOPE_LINEITEM_READONLY, AgsClient.SCOPE_LINEITEM),
                    AgsClient.LINE_ITEM_CONTAINER, this::lineItemContainer);
        }
        if (path.length <= 1) {
            return service(exchange, body, "POST", Set.of(AgsClient.SCOPE_LINEITEM), AgsClient.LINE_ITEM,
                    this::createLineItem);
        }
        int number = Integer.parseInt(path[1]);
        if (path.length == 2) {
            return service(exchange, body, "GET", Set.of(AgsClient.SCOPE_LINEITEM_READONLY, AgsClient.SCOPE_LINEITEM),
                    AgsClient.LINE_ITEM, request -> number <= lineItems.size()
                            ? new Answer(200, Map.of(), AgsClient.LINE_ITEM, lineItems.get(number - 1).toString())
                            : Answer.error(404, "not_found", "no line item " + number));
        }
        if (path[2].equals("scores")) {
            return service(exchange, body, "POST", Set.of(AgsClient.SCOPE_SCORE), AgsClient.SCORE,
                    request -> new Answer(204, Map.of(), null, ""));
        }
        return service(exchange, body, "GET", Set.of(AgsClient.SCOPE_RESULT_READONLY), AgsClient.RESULT_CONTAINER,
                request -> {
                    Optional<String> userId = parameter(request.uri(), "user_id");
                    List<JsonObject> matching = results.getOrDefault(number, List.of()).stream()
                            .filter(result -> userId.isEmpty() || userId.get().equals(result.getString("userId")))
                            .toList();
                    return page(request.uri(), matching, resultPageSize, AgsClient.RESULT_CONTAINER);
                });
    }

    private Answer lineItemContainer(Request request) {
        List<JsonObject> matching = lineItems.stream()
                .filter(item -> ignoreFilters || matches(item, "resourceId", parameter(request.uri(), "resource_id")))
                .filter(item -> ignoreFilters || matches(item, "resourceLinkId", parameter(request.uri(), "resource_link_id")))
                .filter(item -> ignoreFilters || matches(item, "tag", parameter(request.uri(), "tag")))
                .toList();
        return page(request.uri(), matching, lineItemPageSize, AgsClient.LINE_ITEM_CONTAINER);
    }

    private Answer createLineItem(Request request) {
        JsonObject item = Json.createReader(new StringReader(request.body())).readObject();
        if (!item.containsKey("label") || !item.containsKey("scoreMaximum") || item.containsKey("id")) {
            return Answer.error(400, "invalid_request", "label and scoreMaximum required, id not allowed");
        }
        int number = store(item);
        return new Answer(201, Map.of(), AgsClient.LINE_ITEM, lineItems.get(number - 1).toString());
    }

    private synchronized int store(JsonObject item) {
        int number = lineItems.size() + 1;
        lineItems.add(Json.createObjectBuilder(item).add("id", lineItemUrl(number).toString()).build());
        return number;
    }

    private static boolean matches(JsonObject item, String field, Optional<String> wanted) {
        return wanted.isEmpty() || wanted.get().equals(item.getString(field, null));
    }

    /** A JSON array page; the next link is relative (query only) and keeps the request's other parameters. */
    private static Answer page(URI uri, List<JsonObject> all, int pageSize, String mediaType) {
        int page = page(uri);
        JsonArrayBuilder slice = Json.createArrayBuilder();
        all.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(slice::add);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if ((long) page * pageSize < all.size()) {
            Map<String, List<String>> query = new LinkedHashMap<>(URLUtils.parseParameters(uri.getRawQuery()));
            query.put("page", List.of(String.valueOf(page + 1)));
            headers.put("Link", List.of("<?" + URLUtils.serializeParameters(query) + ">; rel=\"next\""));
        }
        return new Answer(200, headers, mediaType, slice.build().toString());
    }

    // ---- plumbing --------------------------------------------------------------------------------

    /** Checks delay, token, forced failures, method, scope and media type, in that order, then answers. */
    private Answer service(HttpExchange exchange, String body, String method, Set<String> acceptedScopes,
                           String mediaType, Function<Request, Answer> answer) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept")),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                token, issued.getOrDefault(token, Set.of()), body);
        requests.add(request);
        if (!issued.containsKey(token)) {
            return Answer.error(401, "invalid_token", "unknown or revoked token");
        }
        if (unauthorizedToSend.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            issued.remove(token);
            return Answer.error(401, "invalid_token", "token revoked");
        }
        if (failureStatus != 0) {
            return Answer.error(failureStatus, "server_error", "failing as told");
        }
        if (!request.method().equals(method)) {
            return Answer.error(405, "invalid_request", "method not allowed");
        }
        if (request.scopes().stream().noneMatch(acceptedScopes::contains)) {
            return Answer.error(403, "insufficient_scope", "token lacks " + acceptedScopes);
        }
        Optional<String> sent = method.equals("GET") ? request.accept() : request.contentType();
        if (!sent.equals(Optional.of(mediaType))) {
            return Answer.error(method.equals("GET") ? 406 : 415, "invalid_request", "expected " + mediaType);
        }
        return answer.apply(request);
    }

    private interface Handler {
        Answer answer(HttpExchange exchange, String body) throws Exception;
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer;
            try {
                answer = handler.answer(exchange, body);
            } catch (Exception e) {
                // A bug in the fake, not in the client: say so loudly in the test output.
                e.printStackTrace();
                answer = new Answer(599, Map.of(), "text/plain", "fake platform failed: " + e);
            }
            answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, new ArrayList<>(values)));
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private static int page(URI uri) {
        return parameter(uri, "page").map(Integer::parseInt).orElse(1);
    }

    private static Optional<String> parameter(URI uri, String name) {
        return Optional.ofNullable(MultivaluedMapUtils.getFirstValue(URLUtils.parseParameters(uri.getRawQuery()), name));
    }

    public static JsonObject member(String userId, String status) {
        JsonObjectBuilder member = Json.createObjectBuilder()
                .add("user_id", userId)
                .add("roles", Json.createArrayBuilder().add("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        if (status != null) {
            member.add("status", status);
        }
        return member.build();
    }
}
