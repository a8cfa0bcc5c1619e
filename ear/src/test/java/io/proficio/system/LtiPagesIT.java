package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.LtiRoles;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages with something to show: a learner placed in a role stage sees their gaps to it and the
 * next, the content recommended to close them and rates themselves; a manager sees their team and
 * rates a report. People come from launches and are placed through the API, as an HR feed would.
 */
@ExtendWith(ArquillianExtension.class)
class LtiPagesIT {

    static final URI TOOL = URI.create(ProficioDeployment.BASE_URL);

    TestPlatform platform;
    Api admin;
    LtiBrowser browser;
    Map<String, String> competencies = new HashMap<>();
    String roleId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void tenantWithARole() {
        platform = TestPlatform.start();
        admin = Api.newTenant();
        admin.importDemoFramework();
        admin.registerPlatform(platform, false);
        browser = new LtiBrowser();
        List<Map<String, Object>> found = admin.request().queryParam("limit", 100).get("/api/v1/competencies")
                .then().statusCode(200).extract().path("");
        found.forEach(c -> competencies.put((String) c.get("code"), (String) c.get("id")));
        roleId = admin.request().body(Map.of("name", "Commercial Underwriter", "stages", List.of(
                        Map.of("name", "Underwriter I", "requirements", List.of(
                                Map.of("competencyId", competencies.get("UW.RISK.1"), "level", 2))),
                        Map.of("name", "Underwriter II", "requirements", List.of(
                                Map.of("competencyId", competencies.get("UW.RISK.1"), "level", 4),
                                Map.of("competencyId", competencies.get("UW.RISK.2"), "level", 3))))))
                .post("/api/v1/roles").then().statusCode(201).extract().path("id");
        admin.request().body(Map.of("competencyId", competencies.get("UW.RISK.1"), "level", 3,
                        "content", Map.of("type", "xapi-activity", "ref", "https://lms.example.com/activities/risk-101")))
                .post("/api/v1/alignments").then().statusCode(201);
    }

    @AfterEach
    void stopPlatform() {
        platform.close();
    }

    @Test
    void aPlacedLearnerSeesGapsRecommendationsAndRatesThemselves() {
        LaunchSpec spec = LaunchSpec.learner();
        LaunchResult launch = browser.launch(platform, TOOL, spec);
        String personId = personOf(spec);
        place(personId, 1, null);
        record(personId, "UW.RISK.1", 2);
        planItem("plan-" + personId, "lti:" + platform.issuer() + "|" + spec.sub(), "UW.RISK.1", 4);

        LaunchResult page = browser.get(launch.location());
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Security-Policy").orElse("").startsWith("frame-ancestors *;"),
                "any LMS may frame the page: " + page.headers());
        String html = page.body();
        assertTrue(html.contains("Your stage: Underwriter I"), html);
        assertTrue(html.contains("Next stage: Underwriter II"), html);
        assertTrue(html.contains("https://lms.example.com/activities/risk-101"), "recommended content: " + html);
        assertTrue(html.contains("id=\"self-rating\""), html);
        assertTrue(html.contains("Your plan") && html.contains("UW.RISK.1") && html.contains(", level 4")
                && html.contains("in_progress") && html.contains("50%"), "the plan item and its progress: " + html);

        LaunchResult rated = browser.post(TOOL.resolve("/app/learner/self-rating"), Map.of("session",
                launch.sessionLink(), "competencyId", competencies.get("UW.RISK.2"), "level", "2"));
        assertEquals(303, rated.status(), rated.toString());
        assertTrue(browser.get(rated.location()).body().contains("Your self-rating was recorded."));
        admin.request().queryParam("source", "self-rating").get("/api/v1/people/" + personId + "/evidence").then()
                .statusCode(200).body("", org.hamcrest.Matchers.hasSize(1));

        LaunchResult refused = browser.post(TOOL.resolve("/app/learner/self-rating"), Map.of("session",
                launch.sessionLink(), "competencyId", competencies.get("UW.RISK.2"), "level", "42"));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("level-outside-scale", refused.errorCode());
    }

    @Test
    void aManagerSeesTheTeamAndRatesOnlyTheirReports() {
        LaunchSpec managerSpec = LaunchSpec.learner().with(b -> b.roles(LtiRoles.MENTOR));
        LaunchSpec reportSpec = LaunchSpec.learner();
        LaunchSpec strangerSpec = LaunchSpec.learner();
        LaunchResult managerLaunch = browser.launch(platform, TOOL, managerSpec);
        new LtiBrowser().launch(platform, TOOL, reportSpec);
        new LtiBrowser().launch(platform, TOOL, strangerSpec);
        String manager = personOf(managerSpec);
        String report = personOf(reportSpec);
        place(report, 1, manager);
        record(report, "UW.RISK.1", 3);
        planItem("plan-" + report, "lti:" + platform.issuer() + "|" + reportSpec.sub(), "UW.RISK.1", 4);
        planItem("plan-" + personOf(strangerSpec), "lti:" + platform.issuer() + "|" + strangerSpec.sub(), "UW.RISK.2", 5);

        assertTrue(managerLaunch.location().getPath().endsWith("/app/team"), managerLaunch.toString());
        LaunchResult team = browser.get(managerLaunch.location());
        assertEquals(200, team.status(), team.toString());
        assertTrue(team.body().contains(reportSpec.name()), team.toString());
        assertTrue(!team.body().contains(strangerSpec.name()), "only the manager's reports");
        assertTrue(team.body().contains("level level-3"), "the report's level as a heat-map cell");
        assertTrue(team.body().contains("id=\"plans\"") && team.body().contains("75%"), "the report's plan item");
        assertTrue(!team.body().contains(", level 5"), "not the stranger's plan item");

        String session = managerLaunch.sessionLink();
        assertEquals(303, browser.post(TOOL.resolve("/app/team/rating"), Map.of("session", session,
                "personId", report, "competencyId", competencies.get("UW.RISK.2"), "level", "2")).status());
        LaunchResult notTheirs = browser.post(TOOL.resolve("/app/team/rating"), Map.of("session", session,
                "personId", personOf(strangerSpec), "competencyId", competencies.get("UW.RISK.2"), "level", "2"));
        assertEquals(403, notTheirs.status());
        assertEquals("not-their-report", notTheirs.errorCode());
    }

    private void planItem(String externalId, String personIdentifier, String code, int level) {
        admin.withScopes("integration").request().body(Map.of("externalId", externalId, "personIdentifier", personIdentifier,
                        "target", Map.of("competencyId", competencies.get(code), "level", level),
                        "dueDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(60).toString()))
                .post("/api/v1/plan-items").then().statusCode(201);
    }

    private String personOf(LaunchSpec spec) {
        return admin.request().queryParam("identifier", "lti:" + platform.issuer() + "|" + spec.sub())
                .get("/api/v1/people").then().statusCode(200).extract().path("[0].id");
    }

    private void place(String personId, int stage, String managerId) {
        String name = admin.request().get("/api/v1/people/" + personId).then().extract().path("name");
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "roleId", roleId, "stage", stage));
        if (managerId != null) {
            body.put("managerId", managerId);
        }
        admin.request().body(body).put("/api/v1/people/" + personId).then().statusCode(200);
    }

    private void record(String personId, String code, int level) {
        admin.request().body(Map.of("personId", personId, "competencyId", competencies.get(code), "level", level,
                "source", Map.of("kind", "lms-score", "ref", "score-" + personId + "-" + code)))
                .post("/api/v1/evidence").then().statusCode(201);
    }
}
