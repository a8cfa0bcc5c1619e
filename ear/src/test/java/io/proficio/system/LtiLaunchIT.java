package io.proficio.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LoginStep;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.LoginOptions;
import io.proficio.testing.lms.LtiRoles;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LTI 1.3 launches from a test platform over real HTTP: third-party initiated login, the platform's
 * authentication response, the id_token form post, and the page it opens. Every refusal of the
 * validation pipeline has its own error code and makes no session.
 */
@ExtendWith(ArquillianExtension.class)
class LtiLaunchIT {

    static final URI TOOL = URI.create(ProficioDeployment.BASE_URL);
    static final URI LAUNCH = TOOL.resolve("/lti/launch");

    TestPlatform platform;
    Api admin;
    String platformId;
    LtiBrowser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void registerPlatform() {
        platform = TestPlatform.start();
        platform.trustToolJwks(TOOL.resolve("/lti/jwks"));
        admin = Api.newTenant();
        platformId = admin.registerPlatform(platform, false);
        browser = new LtiBrowser();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void learnerLaunchOpensTheirProfileAndNamesThemAsTheLmsDoes() {
        LaunchSpec spec = LaunchSpec.learner();
        LaunchResult launch = browser.launch(platform, TOOL, spec);

        assertEquals(303, launch.status(), launch.toString());
        assertTrue(launch.location().getPath().endsWith("/app/learner"), launch.toString());
        LaunchResult page = browser.get(launch.location());
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains(spec.name()), page.toString());
        admin.request().queryParam("identifier", "lti:" + platform.issuer() + "|" + spec.sub()).get("/api/v1/people")
                .then().statusCode(200).body("name", hasItem(spec.name()));
        admin.request().queryParam("identifier", "mailto:" + spec.email()).get("/api/v1/people")
                .then().statusCode(200).body("name", hasItem(spec.name()));
    }

    @Test
    void instructorLaunchOpensTheCoursePageAndPutsThemOnTheRoster() {
        LaunchSpec spec = LaunchSpec.instructor();
        LaunchResult launch = browser.launch(platform, TOOL, spec);

        assertEquals(303, launch.status(), launch.toString());
        assertTrue(launch.location().getPath().endsWith("/app/instructor"), launch.toString());
        LaunchResult page = browser.get(launch.location());
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains(spec.context().title()), page.toString());
        admin.request().queryParam("course", platform.issuer() + "|" + spec.context().id()).get("/api/v1/course-rosters")
                .then().statusCode(200).body("members", hasSize(1)).body("members[0].roles", hasItem("instructor"));
    }

    static Stream<Arguments> validLaunches() {
        return Stream.of(
                Arguments.of("several roles", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.roles(LtiRoles.LEARNER,
                        LtiRoles.MENTOR, LtiRoles.INSTITUTION_STUDENT)), "/app/team"),
                Arguments.of("short role names", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.roles("Instructor")),
                        "/app/instructor"),
                Arguments.of("an unknown role", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.roles(
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Auditor")), "/app/learner"),
                Arguments.of("no role", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.roles(List.of())), "/app/learner"),
                Arguments.of("email only", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.name(null)
                        .givenName(null).familyName(null)), "/app/learner"),
                Arguments.of("names only", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.email(null)),
                        "/app/learner"),
                Arguments.of("no personal data", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.email(null)
                        .name(null).givenName(null).familyName(null)), "/app/learner"),
                Arguments.of("no context", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.context(null)), "/app/learner"),
                Arguments.of("a new resource link id", (Function<LaunchSpec, LaunchSpec>) s -> s.with(b -> b.resourceLinkId(
                        "rl-" + System.nanoTime())), "/app/learner"),
                Arguments.of("an administrator without a course", (Function<LaunchSpec, LaunchSpec>) s -> s
                        .with(b -> b.context(null).roles(LtiRoles.SYSTEM_ADMINISTRATOR)), "/app/admin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validLaunches")
    void acceptsValidLaunches(String name, Function<LaunchSpec, LaunchSpec> change, String page) {
        LaunchResult launch = browser.launch(platform, TOOL, change.apply(LaunchSpec.learner()));

        assertEquals(303, launch.status(), launch.toString());
        assertEquals(page, launch.location().getPath(), launch.toString());
        assertFalse(launch.findSessionToken().isEmpty());
    }

    @Test
    void anonymousLaunchIsAcceptedButHasNoProfile() {
        LaunchResult launch = browser.launch(platform, TOOL, LaunchSpec.learner().with(b -> b.sub(null)));

        assertEquals(303, launch.status(), launch.toString());
        LaunchResult page = browser.get(launch.location());
        assertEquals(403, page.status());
        assertEquals("anonymous-launch", page.errorCode());
    }

    static Stream<Arguments> refusedLaunches() {
        return Stream.of(
                refused("no kid", s -> s.with(b -> b.headerMode(LaunchSpec.HeaderMode.NO_KID)), "kid-missing", 401),
                refused("unknown kid", s -> s.with(b -> b.headerMode(LaunchSpec.HeaderMode.UNKNOWN_KID)), "kid-unknown", 401),
                refused("alg none", s -> s.with(b -> b.headerMode(LaunchSpec.HeaderMode.ALG_NONE)), "alg-not-allowed", 401),
                refused("HS256 keyed with the public key", s -> s.with(b -> b.headerMode(
                        LaunchSpec.HeaderMode.HS256_WITH_PUBLIC_KEY)), "alg-not-allowed", 401),
                refused("bad signature", s -> s.with(b -> b.headerMode(LaunchSpec.HeaderMode.ROGUE_KEY)), "signature-invalid", 401),
                refused("wrong iss", s -> s.with(b -> b.issuer("https://impostor.example.com")), "iss-mismatch", 401),
                refused("aud without the client_id", s -> s.with(b -> b.audience("another-tool")), "aud-mismatch", 401),
                refused("expired", s -> s.with(b -> b.expOffset(Duration.ofMinutes(-5))), "token-expired", 401),
                refused("iat in the future beyond leeway", s -> s.with(b -> b.iatOffset(Duration.ofMinutes(10))
                        .expOffset(Duration.ofMinutes(20))), "iat-invalid", 401),
                refused("missing nonce", s -> s.with(LaunchSpec.Builder::omitNonce), "nonce-missing", 401),
                refused("a nonce not issued for this login", s -> s.with(b -> b.nonce("made-up-nonce")), "nonce-replayed", 401),
                refused("unknown deployment", s -> s.with(b -> b.deploymentId("deployment-nobody-registered")),
                        "deployment-unknown", 401),
                refused("wrong version", s -> s.with(b -> b.version("1.1.0")), "version-unsupported", 400),
                refused("wrong message_type", s -> s.with(b -> b.messageTypeClaim("LtiSubmissionReviewRequest")),
                        "message-type-unsupported", 400),
                refused("missing message_type", s -> s.with(b -> b.messageTypeClaim(null)), "message-type-unsupported", 400),
                refused("missing resource_link.id", s -> s.with(LaunchSpec.Builder::omitResourceLink), "resource-link-missing", 400),
                refused("missing roles", s -> s.with(b -> b.roles((List<String>) null)), "roles-missing", 400),
                refused("target_link_uri mismatch", s -> s.with(b -> b.targetLinkUri(TOOL.resolve("/elsewhere").toString())),
                        "target-link-uri-mismatch", 400));
    }

    private static Arguments refused(String name, Function<LaunchSpec, LaunchSpec> change, String code, int status) {
        return Arguments.of(name, change, code, status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedLaunches")
    void refusesInvalidLaunchesWithTheirOwnCode(String name, Function<LaunchSpec, LaunchSpec> change, String code,
                                                int status) {
        LaunchResult launch = browser.launch(platform, TOOL, change.apply(LaunchSpec.learner()));

        assertRefused(launch, code, status);
    }

    @Test
    void refusesSeveralAudiencesWithoutAzp() {
        LaunchSpec spec = LaunchSpec.learner().with(b -> b.audience(platform.clientId(), "another-tool"));

        assertRefused(browser.launch(platform, TOOL, spec), "azp-invalid", 401);
        assertEquals(303, browser.launch(platform, TOOL, spec.with(b -> b.azp(platform.clientId()))).status());
    }

    @Test
    void refusesAReplayedLaunch() {
        LoginStep step = browser.login(platform, TOOL, LaunchSpec.learner());
        assertEquals(303, browser.complete(step).status());

        assertRefused(browser.complete(step), "state-unknown", 401);
    }

    @Test
    void refusesANonceAlreadyUsed() {
        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner()).status());
        String usedNonce = platform.authRequests().get(platform.authRequests().size() - 1).get("nonce");

        assertRefused(browser.launch(platform, TOOL, LaunchSpec.learner().with(b -> b.nonce(usedNonce))), "nonce-replayed", 401);
    }

    @Test
    void refusesAStateFromAnotherBrowser() {
        LoginStep attackers = new LtiBrowser().login(platform, TOOL, LaunchSpec.learner());

        assertRefused(browser.complete(attackers), "state-mismatch", 401);
    }

    @Test
    void refusesALaunchWithoutStateOrWithAnUnknownOne() {
        String idToken = platform.idToken(LaunchSpec.learner(), "n", LAUNCH.toString());

        assertRefused(browser.postLaunch(LAUNCH, idToken, null), "state-missing", 400);
        assertRefused(browser.postLaunch(LAUNCH, idToken, "no-such-state"), "state-unknown", 401);
        assertRefused(browser.postLaunch(LAUNCH, "not-a-jwt", "no-such-state"), "state-unknown", 401);
    }

    @Test
    void refusesAMalformedIdToken() {
        LoginStep step = browser.login(platform, TOOL, LaunchSpec.learner());

        assertRefused(browser.complete(step, Map.of("id_token", "not.a.jwt")), "jwt-malformed", 400);
    }

    @Test
    void refusesALoginFromAnUnknownPlatform() {
        String login = "/lti/login?iss=" + encode(platform.issuer()) + "&login_hint=someone&target_link_uri="
                + encode(LAUNCH.toString()) + "&client_id=a-client-nobody-registered";

        assertRefused(browser.get(TOOL.resolve(login)), "platform-unknown", 400);
        assertRefused(browser.get(TOOL.resolve("/lti/login?login_hint=someone")), "login-invalid", 400);
    }

    @Test
    void acceptsCanvasStyleLoginsAndFindsTheRegistrationByIssuerAlone() {
        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner(),
                LoginOptions.defaults().post().canvasStyle()).status());
        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner(),
                LoginOptions.defaults().withoutClientId()).status());
    }

    @Test
    void theStateCookieIsSecureAndSameSiteNone() {
        LoginStep step = browser.login(platform, TOOL, LaunchSpec.learner());

        String cookie = step.toolAnswer().headers().get("set-cookie").get(0);
        assertTrue(cookie.startsWith("lti_state_" + step.state() + "="), cookie);
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=None"), cookie);
    }

    @Test
    void aNewDeploymentIsRecordedWhenThePlatformAcceptsNewOnes() {
        Map<String, Object> body = platform.registrationBody(List.of(platform.deploymentId()), true);
        admin.request().body(body).put("/api/v1/platforms/" + platformId).then().statusCode(200);

        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner().with(b -> b.deploymentId("copied-course"))).status());
        admin.request().get("/api/v1/platforms/" + platformId).then().statusCode(200)
                .body("deployments.find { it.deploymentId == 'copied-course' }.origin", equalTo("accepted"));
    }

    @Test
    void platformStorageReplacesTheStateCookie() {
        LoginStep step = browser.login(platform, TOOL, LaunchSpec.learner(),
                LoginOptions.defaults().withStorageTarget("post_message_forwarding"));

        LaunchResult storePage = step.toolAnswer();
        assertEquals(200, storePage.status(), storePage.toString());
        assertTrue(storePage.headers().getOrDefault("set-cookie", List.of()).isEmpty(), "no cookie with platform storage");
        String state = Forms.attribute(storePage.body(), "data-state");
        LaunchResult platformForm = browser.get(URI.create(Forms.attribute(storePage.body(), "data-next")));
        String idToken = Forms.attribute(platformForm.body(), "name=\"id_token\" value");

        LaunchResult check = browser.post(LAUNCH, Map.of("id_token", idToken, "state", state,
                "lti_storage_target", "post_message_forwarding"));
        assertEquals(200, check.status(), check.toString());
        assertEquals(state, Forms.attribute(check.body(), "data-state"));
        assertTrue(check.findSessionToken().isEmpty(), "no session before the storage check");
        LaunchResult launch = browser.post(LAUNCH, Map.of("id_token", idToken, "state", state,
                "proficio_storage_verified", "1"));
        assertEquals(303, launch.status(), launch.toString());
    }

    @Test
    void aStateBoundToPlatformStorageIsNotAcceptedWithoutTheStorageCheck() {
        LoginStep step = browser.login(platform, TOOL, LaunchSpec.learner(),
                LoginOptions.defaults().withStorageTarget("post_message_forwarding"));
        String state = Forms.attribute(step.toolAnswer().body(), "data-state");
        String idToken = platform.idToken(LaunchSpec.learner(), "any", LAUNCH.toString());

        assertRefused(browser.postLaunch(LAUNCH, idToken, state), "state-mismatch", 401);
    }

    @Test
    void pagesNeedAValidSessionOfTheRightRole() {
        LaunchResult learner = browser.launch(platform, TOOL, LaunchSpec.learner());
        String session = learner.sessionLink();

        LaunchResult noSession = browser.get(TOOL.resolve("/app/learner"));
        assertEquals(401, noSession.status());
        assertEquals("session-required", noSession.errorCode());
        String tampered = session.substring(0, session.length() - 3) + (session.endsWith("AAA") ? "BBB" : "AAA");
        assertEquals(401, browser.get(TOOL.resolve("/app/learner?session=" + tampered)).status());
        LaunchResult notTheirs = browser.get(TOOL.resolve("/app/instructor?session=" + session));
        assertEquals(403, notTheirs.status());
        assertEquals("not-your-page", notTheirs.errorCode());
    }

    @Test
    void thePlatformKeySetIsCachedAndFetchedAgainForANewKid() throws InterruptedException {
        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner()).status());
        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner()).status());
        assertEquals(1, platform.jwksFetches());

        platform.rotateKey();
        Thread.sleep(2_100); // the key set is fetched at most once every 2 s per platform
        assertEquals(303, browser.launch(platform, TOOL, LaunchSpec.learner()).status());
        assertEquals(2, platform.jwksFetches());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertRefused(LaunchResult answer, String code, int status) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(code, answer.errorCode(), answer.toString());
        assertTrue(answer.findSessionToken().isEmpty(), "a refused launch has no session: " + answer);
        assertTrue(answer.location() == null || !answer.location().getPath().startsWith("/app/"), answer.toString());
    }
}
