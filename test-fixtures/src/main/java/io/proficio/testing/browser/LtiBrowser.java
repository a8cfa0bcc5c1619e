package io.proficio.testing.browser;

import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.LoginInitiation;
import io.proficio.testing.lms.LoginOptions;
import io.proficio.testing.lms.TestPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's browser without a browser: it walks a tool through the LTI 1.3 launch (LTI Core 1.3 §5.1.1,
 * Security Framework §5.1.1) as a real one would. (a) The third-party initiated login to the tool, GET
 * or POST; (b) the tool's redirect to the platform's authorization endpoint (or, with client-side
 * storage, the tool's page, which is returned as it is: no script runs here); (c) the platform's
 * auto-submit form; (d) its POST to the tool's launch URL. Redirects are never followed by themselves.
 *
 * <p>It keeps its own cookies like Chromium ({@link CookieJar}): {@code http://localhost} is a secure
 * context, and by default the requests of the launch count as cross-site (an LMS lives on another site
 * than the tool, and embeds it in an iframe), so only {@code SameSite=None; Secure} cookies go along
 * with them. {@link #get} and {@link #post} are the user's same-site requests to the tool afterwards.
 * One instance is one user; it is thread-safe, but concurrent launches share its cookies.
 */
public final class LtiBrowser {

    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 ProficioLtiBrowser/1";

    private final HttpClient http;
    private final CookieJar jar = new CookieJar();
    private final List<SetCookie> received = new ArrayList<>();
    private final boolean launchIsCrossSite;

    /** A browser for which the platform is on another site than the tool. */
    public LtiBrowser() {
        this(true);
    }

    /**
     * @param launchIsCrossSite whether the launch's requests (initiation, authentication, form post) are
     *     cross-site; false models a platform on the tool's own site
     */
    public LtiBrowser(boolean launchIsCrossSite) {
        this(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build(), launchIsCrossSite);
    }

    private LtiBrowser(HttpClient http, boolean launchIsCrossSite) {
        this.http = http;
        this.launchIsCrossSite = launchIsCrossSite;
    }

    /**
     * Another user: a browser with no cookies that shares this one's connections. A benchmark makes its
     * many users this way rather than with one HTTP client (and its threads and sockets) each.
     */
    public LtiBrowser newUser() {
        return new LtiBrowser(http, launchIsCrossSite);
    }

    /** The whole launch with the default login: a GET initiation with every parameter. */
    public LaunchResult launch(TestPlatform platform, URI toolBase, LaunchSpec spec) {
        return launch(platform, toolBase, spec, LoginOptions.defaults());
    }

    /**
     * The whole launch. Answers the tool's answer to the form post or, when the flow stopped earlier,
     * the last answer it got (the tool's page or error, or the platform's 400).
     */
    public LaunchResult launch(TestPlatform platform, URI toolBase, LaunchSpec spec, LoginOptions options) {
        LoginStep step = login(platform, toolBase, spec, options);
        return step.hasForm() ? complete(step) : step.lastAnswer();
    }

    public LoginStep login(TestPlatform platform, URI toolBase, LaunchSpec spec) {
        return login(platform, toolBase, spec, LoginOptions.defaults());
    }

    /** Steps (a)–(c): the platform initiates a login for {@code spec}, and the browser follows it to the form. */
    public LoginStep login(TestPlatform platform, URI toolBase, LaunchSpec spec, LoginOptions options) {
        return login(platform.initiateLogin(toolBase, spec, options));
    }

    /**
     * Steps (a)–(c) for an initiation the platform issued. The tool's redirect is followed only when it
     * goes to the platform (the origin of its endpoints, which is the issuer's but on Canvas cloud).
     */
    public LoginStep login(LoginInitiation initiation) {
        String platformOrigin = origin(initiation.platformUrl());
        HttpRequest.Builder request = initiation.method() == LoginOptions.Method.GET
                ? HttpRequest.newBuilder(initiation.asGetUri()).GET()
                : HttpRequest.newBuilder(initiation.loginUrl())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(initiation.formBody()));
        URI loginUri = initiation.method() == LoginOptions.Method.GET ? initiation.asGetUri() : initiation.loginUrl();
        LaunchResult toolAnswer = send(request, loginUri, launchIsCrossSite, platformOrigin);
        LoginStep step = new LoginStep(initiation, toolAnswer, null, null, null, Map.of());
        URI authentication = toolAnswer.location();
        if (!isRedirect(toolAnswer.status()) || authentication == null || !platformOrigin.equals(origin(authentication))) {
            return step;
        }
        return authenticate(step, authentication);
    }

    /**
     * Step (c) from a URL of the test's choosing: where the tool's page would send the browser after
     * client-side storage, say, since no script runs here.
     */
    public LoginStep authenticate(LoginStep step, URI authenticationRequest) {
        LaunchResult platformAnswer = send(HttpRequest.newBuilder(authenticationRequest).GET(), authenticationRequest,
                launchIsCrossSite, origin(step.initiation().loginUrl()));
        Optional<Form> form = platformAnswer.status() == 200
                ? Form.first(platformAnswer.body(), authenticationRequest) : Optional.empty();
        return new LoginStep(step.initiation(), step.toolAnswer(), authenticationRequest, platformAnswer,
                form.map(Form::action).orElse(null), form.map(Form::fields).orElse(Map.of()));
    }

    /** Step (d): posts the platform's form to the tool, as it is. */
    public LaunchResult complete(LoginStep step) {
        return complete(step, Map.of());
    }

    /**
     * Step (d) with some fields replaced or added.
     *
     * @throws IllegalStateException when the step has no form
     */
    public LaunchResult complete(LoginStep step, Map<String, String> fieldChanges) {
        if (!step.hasForm()) {
            throw new IllegalStateException("The login ended without the platform's form: " + step.lastAnswer());
        }
        Map<String, String> fields = new LinkedHashMap<>(step.form());
        fields.putAll(fieldChanges);
        String platformOrigin = origin(step.authenticationRequest());
        return postForm(step.formAction(), fields, launchIsCrossSite, platformOrigin);
    }

    /** Posts an id_token and a state to the tool's launch URL, as a platform's form would. */
    public LaunchResult postLaunch(URI launchUrl, String idToken, String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (idToken != null) {
            fields.put("id_token", idToken);
        }
        if (state != null) {
            fields.put("state", state);
        }
        return postForm(launchUrl, fields, launchIsCrossSite, null);
    }

    /** A same-site GET, e.g. following the launch into the tool. */
    public LaunchResult get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET(), uri, false, null);
    }

    /** A same-site form POST. */
    public LaunchResult post(URI uri, Map<String, String> form) {
        return postForm(uri, form, false, null);
    }

    /** Every Set-Cookie received, in order, whether kept or not. */
    public List<SetCookie> receivedCookies() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The last Set-Cookie received for this name. */
    public Optional<SetCookie> lastSetCookie(String name) {
        List<SetCookie> all = receivedCookies();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).name().equals(name)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The cookies kept now, name to value. */
    public Map<String, String> cookies() {
        return jar.values();
    }

    public void clearCookies() {
        jar.clear();
    }

    private LaunchResult postForm(URI uri, Map<String, String> fields, boolean crossSite, String origin) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        fields.forEach((name, value) -> multi.put(name, List.of(value)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(com.nimbusds.oauth2.sdk.util.URLUtils.serializeParameters(multi)));
        return send(request, uri, crossSite, origin);
    }

    /**
     * @param initiator the origin of the page that started the navigation (sent as Origin on a POST);
     *     null for none
     */
    private LaunchResult send(HttpRequest.Builder request, URI uri, boolean crossSite, String initiator) {
        String cookie = jar.header(uri, crossSite);
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        request.header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Site", crossSite ? "cross-site" : "same-origin")
                .timeout(Duration.ofSeconds(30));
        HttpRequest built = request.build();
        if (initiator != null && "POST".equals(built.method())) {
            request.header("Origin", initiator);
            built = request.build();
        }
        HttpResponse<String> response = exchange(built);
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String header : setCookies) {
            SetCookie.parse(header, uri).ifPresent(parsed -> {
                synchronized (received) {
                    received.add(parsed);
                }
                jar.receive(parsed, uri);
            });
        }
        URI location = response.headers().firstValue("Location").map(value -> resolve(uri, value)).orElse(null);
        return new LaunchResult(response.statusCode(), response.body(), response.headers().map(), location, setCookies);
    }

    /**
     * Sends the request, once more if the first try died on a pooled connection the server had already
     * closed (the JDK's HTTP server closes idle connections beyond 200, so a benchmark meets this): the
     * server never read that request, so sending it again is what a browser does too.
     */
    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException | ConnectException e) {
                throw e;
            } catch (IOException stale) {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The serialised origin (RFC 6454 §6.1), as browsers send it in the Origin header. */
    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
    }

    /** The first form of a page: where it posts and its named inputs, values entity-decoded. */
    private record Form(URI action, Map<String, String> fields) {

        static Optional<Form> first(String html, URI page) {
            String lower = html.toLowerCase(Locale.ROOT);
            int start = lower.indexOf("<form");
            if (start < 0) {
                return Optional.empty();
            }
            int end = lower.indexOf("</form", start);
            List<Html.Tag> tags = Html.tags(html.substring(start, end < 0 ? html.length() : end), "form", "input");
            String action = tags.get(0).attributes().getOrDefault("action", "");
            Map<String, String> fields = new LinkedHashMap<>();
            for (Html.Tag tag : tags.subList(1, tags.size())) {
                String name = tag.attribute("name");
                if (name != null && !name.isEmpty()) {
                    fields.put(name, tag.attributes().getOrDefault("value", ""));
                }
            }
            URI target = resolve(page, action.isEmpty() ? page.toString() : action);
            return target == null ? Optional.empty() : Optional.of(new Form(target, fields));
        }
    }
}
