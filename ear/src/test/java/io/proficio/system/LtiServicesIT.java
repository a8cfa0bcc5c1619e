package io.proficio.system;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.DeepLinkResponse;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.Member;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LTI Advantage services from the instructor's pages against the test platform: Deep Linking
 * responses signed with the tool key, the course roster from NRPS (paged), levels published to the
 * gradebook through AGS (tokens by client credentials with {@code private_key_jwt}).
 */
@ExtendWith(ArquillianExtension.class)
class LtiServicesIT {

    static final URI TOOL = URI.create(ProficioDeployment.BASE_URL);

    TestPlatform platform;
    Api admin;
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
        admin.importDemoFramework();
        admin.registerPlatform(platform, false);
        browser = new LtiBrowser();
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void deepLinkingReturnsSignedContentItemsWithALineItem() {
        LaunchResult launch = browser.launch(platform, TOOL, LaunchSpec.deepLinking());
        assertEquals(303, launch.status(), launch.toString());
        assertTrue(launch.location().getPath().endsWith("/app/deep-linking"), launch.toString());
        LaunchResult picker = browser.get(launch.location());
        assertEquals(200, picker.status(), picker.toString());
        String competency = firstValue(picker.body(), "competency:");

        LaunchResult answer = browser.post(TOOL.resolve("/app/deep-linking"), Map.of("session", launch.sessionLink(),
                "item", competency, "lineItem", "on"));
        assertEquals(200, answer.status(), answer.toString());
        LaunchResult returned = browser.post(URI.create(Forms.attribute(answer.body(), "action")),
                Map.of("JWT", Forms.attribute(answer.body(), "name=\"JWT\" value")));
        assertEquals(200, returned.status(), returned.toString());

        DeepLinkResponse response = platform.deepLinkResponses().get(0);
        assertEquals(platform.deploymentId(), response.deploymentId());
        Map<String, Object> item = response.contentItems().get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals(TOOL.resolve("/lti/launch").toString(), item.get("url"));
        assertEquals(competency.substring("competency:".length()),
                ((Map<?, ?>) item.get("custom")).get("proficio_competency"));
        assertEquals(5.0, ((Number) ((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).doubleValue());
    }

    @Test
    void deepLinkingOffersTaggedContentAsLinks() {
        String competencyId = admin.request().get("/api/v1/competencies").then().extract().path("[0].id");
        String alignment = admin.request().body(Map.of("competencyId", competencyId, "level", 2,
                        "content", Map.of("type", "xapi-activity", "ref", "https://lms.example.com/activities/risk-basics")))
                .post("/api/v1/alignments").then().statusCode(201).extract().path("id");
        LaunchResult launch = browser.launch(platform, TOOL, LaunchSpec.deepLinking().with(b -> b.context(null)));
        LaunchResult picker = browser.get(launch.location());
        assertTrue(picker.body().contains("https://lms.example.com/activities/risk-basics"), picker.toString());

        LaunchResult answer = browser.post(TOOL.resolve("/app/deep-linking"), Map.of("session", launch.sessionLink(),
                "item", "content:" + alignment));
        browser.post(URI.create(Forms.attribute(answer.body(), "action")),
                Map.of("JWT", Forms.attribute(answer.body(), "name=\"JWT\" value")));

        Map<String, Object> item = platform.deepLinkResponses().get(0).contentItems().get(0);
        assertEquals("link", item.get("type"));
        assertEquals("https://lms.example.com/activities/risk-basics", item.get("url"));
    }

    @Test
    void theRosterComesFromNrpsAcrossPages() {
        LaunchSpec spec = LaunchSpec.instructor().with(b -> b.nrps(true));
        platform.members(spec.context().id(), List.of(Member.instructor(spec.sub(), "Ines", "Teacher"),
                Member.learner("u-1", "Lea", "One"), Member.learner("u-2", "Leo", "Two"),
                Member.learner("u-3", "Lia", "Three").withStatus("Inactive"), Member.learner("u-4", "Luc", "Four")));
        platform.membersPageSize(2);
        LaunchResult launch = browser.launch(platform, TOOL, spec);

        LaunchResult synced = browser.post(TOOL.resolve("/app/instructor/roster"), Map.of("session", launch.sessionLink()));
        assertEquals(303, synced.status(), synced.toString());

        admin.request().queryParam("course", platform.issuer() + "|" + spec.context().id()).get("/api/v1/course-rosters")
                .then().statusCode(200).body("members", hasSize(4));
        admin.request().queryParam("identifier", "lti:" + platform.issuer() + "|u-2").get("/api/v1/people")
                .then().statusCode(200).body("name", containsInAnyOrder("Leo Two"));
        assertEquals(1, platform.tokensIssued(), "one access token for the three pages");
    }

    @Test
    void levelsArePublishedToTheGradebookAsScores() {
        LaunchSpec spec = LaunchSpec.instructor().with(b -> b.nrps(true).ags(true));
        String learnerSub = "learner-" + System.nanoTime();
        platform.members(spec.context().id(), List.of(Member.instructor(spec.sub(), "Ines", "Teacher"),
                Member.learner(learnerSub, "Lea", "One")));
        LaunchResult launch = browser.launch(platform, TOOL, spec);
        String session = launch.sessionLink();
        assertEquals(303, browser.post(TOOL.resolve("/app/instructor/roster"), Map.of("session", session)).status());
        String learnerId = admin.request().queryParam("identifier", "lti:" + platform.issuer() + "|" + learnerSub)
                .get("/api/v1/people").then().statusCode(200).extract().path("[0].id");
        String competencyId = admin.request().queryParam("q", "").get("/api/v1/competencies")
                .then().statusCode(200).extract().path("[0].id");
        admin.request().body(Map.of("personId", learnerId, "competencyId", competencyId, "level", 4,
                "source", Map.of("kind", "lms-score", "ref", "quiz-" + System.nanoTime()))).post("/api/v1/evidence")
                .then().statusCode(201);

        LaunchResult published = browser.post(TOOL.resolve("/app/instructor/gradebook"),
                Map.of("session", session, "competencyId", competencyId));
        assertEquals(303, published.status(), published.toString());
        assertEquals(303, browser.post(TOOL.resolve("/app/instructor/gradebook"),
                Map.of("session", session, "competencyId", competencyId)).status());

        assertEquals(1, platform.lineItems(spec.context().id()).size(), "publishing twice reuses the line item");
        Map<String, Object> score = platform.scores().stream().filter(s -> learnerSub.equals(s.get("userId")))
                .findFirst().orElseThrow();
        assertEquals(4.0, ((Number) score.get("scoreGiven")).doubleValue());
        assertEquals(5.0, ((Number) score.get("scoreMaximum")).doubleValue());
        assertEquals("Completed", score.get("activityProgress"));
        assertEquals("FullyGraded", score.get("gradingProgress"));
        assertTrue(platform.scores().stream().noneMatch(s -> spec.sub().equals(s.get("userId"))),
                "the instructor is no learner: no score");
        admin.request().queryParam("course", platform.issuer() + "|" + spec.context().id())
                .get("/api/v1/gradebook-publications").then().statusCode(200)
                .body("", hasSize(2)).body("[0].published", org.hamcrest.Matchers.equalTo(1))
                .body("[0].summary", org.hamcrest.Matchers.equalTo(
                        "1 published. 1 not sent: Ines Teacher (not a learner in the course)."));
    }

    @Test
    void anAdminDefinesRolesAndScalesOnTheAdminPage() {
        LaunchResult launch = browser.launch(platform, TOOL, LaunchSpec.learner().with(b -> b.context(null)
                .roles("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")));
        assertTrue(launch.location().getPath().endsWith("/app/admin"), launch.toString());
        LaunchResult page = browser.get(launch.location());
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains(platform.issuer()), "the platform is listed");
        String session = launch.sessionLink();

        LaunchResult created = browser.post(TOOL.resolve("/app/admin/roles"), Map.of("session", session,
                "name", "Commercial underwriter", "stages", "Junior: UW.RISK.1=2, UW.RISK.2=1\nSenior: UW.RISK.1=4"));
        assertEquals(303, created.status(), created.toString());
        admin.request().get("/api/v1/roles").then().statusCode(200)
                .body("find { it.name == 'Commercial underwriter' }.stages.name", org.hamcrest.Matchers.contains("Junior", "Senior"));

        LaunchResult refused = browser.post(TOOL.resolve("/app/admin/roles"), Map.of("session", session,
                "name", "Broken", "stages", "Junior: UW.NOPE=2\nSenior UW.RISK.1=4"));
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.body().contains("No competency has the code &#039;UW.NOPE&#039;."), refused.toString());
        admin.request().get("/api/v1/roles").then().body("find { it.name == 'Broken' }", org.hamcrest.Matchers.nullValue());

        String frameworkId = admin.request().get("/api/v1/frameworks").then().extract().path("[0].id");
        LaunchResult shrunk = browser.post(TOOL.resolve("/app/admin/scale"), Map.of("session", session,
                "frameworkId", frameworkId, "label", "Novice", "descriptor", "Needs guidance", "proficientLevel", "1"));
        assertEquals(409, shrunk.status(), "the role asks level 4 of this framework: " + shrunk);
        assertTrue(shrunk.body().contains("must keep at least 4 levels"), shrunk.toString());
        admin.request().get("/api/v1/frameworks/" + frameworkId + "/scale").then().statusCode(200)
                .body("levels", hasSize(5));
    }

    /** The first form value starting with {@code prefix}. */
    private static String firstValue(String html, String prefix) {
        Matcher m = Pattern.compile("value=\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(html);
        assertTrue(m.find(), prefix + " in " + html);
        return m.group(1);
    }
}
