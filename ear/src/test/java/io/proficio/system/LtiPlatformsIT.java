package io.proficio.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.DeepLinkedResource;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.Member;
import io.proficio.testing.lms.PlatformQuirks;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The instructor's whole story against platforms that answer as stock Moodle 5.0 and Canvas cloud do,
 * quirks included (a token response sent as {@code text/html}; 400 or 422 for a score of a user who is
 * not a student; no {@code accept_lineitem}; Moodle's and Canvas's paging and role URIs; Canvas's shared
 * issuer): the roster synced from NRPS refreshes names, a deep link creates a gradebook column and opens
 * its competency's page, levels are published to learners only with the platform's refusals listed,
 * and a platform that refuses the tool shows a page that says so, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class LtiPlatformsIT {

    static final URI TOOL = URI.create(ProficioDeployment.BASE_URL);

    /** What differs between the platforms in the story: their quirks, their members, how they refuse a score. */
    record Flavour(PlatformQuirks quirks, Function<String[], Member> student, Function<String[], Member> teacher,
                   String refusal) {
    }

    TestPlatform platform;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @AfterEach
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theInstructorStoryRunsAgainstMoodle() {
        instructorStory(new Flavour(PlatformQuirks.moodle(), n -> Member.moodleStudent(n[0], n[1], n[2]),
                n -> Member.moodleTeacher(n[0], n[1], n[2]), "(HTTP 400)"));
    }

    @Test
    void theInstructorStoryRunsAgainstCanvas() {
        instructorStory(new Flavour(PlatformQuirks.canvas(), n -> Member.canvasStudent(n[0], n[1], n[2]),
                n -> Member.canvasTeacher(n[0], n[1], n[2]), "(HTTP 422: User not found in course or is not a student)"));
    }

    @Test
    void aTokenMoodleRefusesShowsWhatItAnsweredAndWhatToCheck() {
        platform = TestPlatform.start(PlatformQuirks.moodle());
        // No trustToolJwks: the platform cannot check the tool's client assertion, as when Moodle's HTTP
        // security settings keep it from fetching the tool's key set.
        Api admin = Api.newTenant();
        admin.importDemoFramework();
        admin.registerPlatform(platform, false);
        LtiBrowser browser = new LtiBrowser();
        LaunchSpec spec = LaunchSpec.instructor().with(b -> b.nrps(true));
        platform.members(spec.context().id(), List.of(Member.moodleTeacher(spec.sub(), "Ines", "Teacher")));
        LaunchResult launch = browser.launch(platform, TOOL, spec);

        LaunchResult refused = browser.post(TOOL.resolve("/app/instructor/roster"), Map.of("session", launch.sessionLink()));

        assertEquals(502, refused.status(), refused.toString());
        assertEquals("platform-token-refused", refused.errorCode());
        assertTrue(refused.body().contains("HTTP 400: the platform does not know the tool&#039;s JWKS URL"), refused.toString());
        assertTrue(refused.body().contains("curlsecurityallowedport"), "says what to check in Moodle: " + refused);
        assertTrue(refused.body().contains("reference "), refused.toString());
        assertFalse(refused.body().contains("Exception") || refused.body().contains("at io.proficio"), "no stack trace");
        admin.request().queryParam("course", platform.issuer() + "|" + spec.context().id()).get("/api/v1/course-rosters")
                .then().statusCode(200).body("members.size()", equalTo(1));
    }

    private void instructorStory(Flavour flavour) {
        platform = TestPlatform.start(flavour.quirks());
        platform.trustToolJwks(TOOL.resolve("/lti/jwks"));
        Api admin = Api.newTenant();
        admin.importDemoFramework();
        admin.registerPlatform(platform, false);
        LtiBrowser teacherBrowser = new LtiBrowser();
        String run = UUID.randomUUID().toString().substring(0, 8);
        LaunchSpec teacher = LaunchSpec.instructor().with(b -> b.nrps(true).ags(true));
        LaunchSpec.Context course = teacher.context();
        String courseRef = platform.issuer() + "|" + course.id();
        LaunchSpec lena = learner("lena-" + run, "Lena", "Learner", course);
        LaunchSpec leo = learner("leo-" + run, "Leo", "Learner", course);
        LaunchSpec sue = learner("sue-" + run, "Sue", "Student", course);
        // Pat Doe was first seen in xAPI statements, by the email the LMS knows Lena by.
        String patId = admin.request().body(Map.of("name", "Pat Doe", "identifiers", List.of("mailto:" + lena.email())))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
        platform.members(course.id(), List.of(flavour.teacher().apply(new String[] {teacher.sub(), "Ines", "Teacher"}),
                flavour.student().apply(new String[] {lena.sub(), "Lena", "Learner"}),
                flavour.student().apply(new String[] {leo.sub(), "Leo", "Learner"})));
        platform.membersPageSize(2);

        // The roster from NRPS, across pages: Lena's name replaces the older one.
        String session = teacherBrowser.launch(platform, TOOL, teacher).sessionLink();
        LaunchResult synced = teacherBrowser.post(TOOL.resolve("/app/instructor/roster"), Map.of("session", session));
        assertEquals(303, synced.status(), synced.toString());
        admin.request().queryParam("identifier", "lti:" + platform.issuer() + "|" + lena.sub()).get("/api/v1/people")
                .then().statusCode(200).body("[0].id", equalTo(patId)).body("[0].name", equalTo("Lena Learner"));
        admin.request().get("/api/v1/people/" + patId + "/name-changes").then().statusCode(200)
                .body("[0].oldName", equalTo("Pat Doe")).body("[0].newName", equalTo("Lena Learner"))
                .body("[0].source", equalTo("nrps:" + platform.issuer()));
        String page = teacherBrowser.get(URI.create(synced.location().toString())).body();
        assertTrue(page.contains("Lena Learner") && !page.contains("Pat Doe"), "the matrix shows the LMS's name: " + page);

        // Deep Linking: a progress item with a gradebook column, though Moodle sends no accept_lineitem.
        LaunchResult picking = teacherBrowser.launch(platform, TOOL, LaunchSpec.deepLinking().with(b -> b.sub(teacher.sub())
                .context(course)));
        LaunchResult picker = teacherBrowser.get(picking.location());
        assertTrue(picker.body().contains("name=\"lineItem\""), "a gradebook column is offered: " + picker);
        String competency = firstValue(picker.body(), "competency:").substring("competency:".length());
        LaunchResult answer = teacherBrowser.post(TOOL.resolve("/app/deep-linking"), Map.of("session",
                picking.sessionLink(), "item", "competency:" + competency, "lineItem", "on"));
        LaunchResult returned = teacherBrowser.post(URI.create(Forms.attribute(answer.body(), "action")),
                Map.of("JWT", Forms.attribute(answer.body(), "name=\"JWT\" value")));
        assertEquals(200, returned.status(), returned.toString());
        DeepLinkedResource progress = platform.deepLinkedResources().get(0);
        String column = progress.lineItemUrl().orElseThrow(() -> new AssertionError("no gradebook column: " + progress));
        assertEquals(competency, platform.lineItems(course.id()).get(0).get("resourceId"));

        // Lena's evidence, then her launch of the progress item opens that competency's page.
        admin.request().body(Map.of("personId", patId, "competencyId", competency, "level", 4,
                "source", Map.of("kind", "lms-score", "ref", "quiz-" + run))).post("/api/v1/evidence").then().statusCode(201);
        LaunchResult opened = new LtiBrowser().launch(platform, TOOL, lena.launching(progress));
        assertEquals(303, opened.status(), opened.toString());
        assertTrue(opened.location().getPath().endsWith("/app/learner/competencies/" + competency), opened.toString());
        LaunchResult competencyPage = new LtiBrowser().get(opened.location());
        assertEquals(200, competencyPage.status(), competencyPage.toString());
        assertTrue(competencyPage.body().contains("data-competency=\"" + competency + "\"")
                && competencyPage.body().contains("Level 4") && competencyPage.body().contains("Lena Learner")
                && competencyPage.body().contains("quiz-" + run), competencyPage.toString());

        // Sue launched once but is no student of the course on the platform; Leo has no level yet.
        new LtiBrowser().launch(platform, TOOL, sue);
        new LtiBrowser().launch(platform, TOOL, leo);
        LaunchResult published = teacherBrowser.post(TOOL.resolve("/app/instructor/gradebook"),
                Map.of("session", session, "competencyId", competency));
        assertEquals(303, published.status(), published.toString());
        String notice = teacherBrowser.get(published.location()).body();
        assertTrue(notice.contains("2 published, 1 refused by the platform: Sue Student " + flavour.refusal()
                .replace("'", "&#039;")), notice);

        assertEquals(1, platform.lineItems(course.id()).size(), "the deep-linked column is reused");
        assertEquals(4.0, scoreOf(lena.sub(), column), "Lena's level");
        assertEquals(0.0, scoreOf(leo.sub(), column), "no level scores zero");
        assertTrue(platform.scores().stream().noneMatch(s -> teacher.sub().equals(s.get("userId"))), "teachers get no score");
        assertEquals(List.of(sue.sub()), platform.refusedScores().stream().map(s -> s.get("userId")).toList());
        admin.request().queryParam("course", courseRef).get("/api/v1/gradebook-publications").then().statusCode(200)
                .body("[0].published", equalTo(2)).body("[0].refused", equalTo(1)).body("[0].skipped", equalTo(1))
                .body("[0].outcomes.find { it.outcome == 'refused' }.userId", equalTo(sue.sub()))
                .body("[0].outcomes.find { it.outcome == 'skipped' }.detail", equalTo("not a learner in the course"));
    }

    private static LaunchSpec learner(String sub, String given, String family, LaunchSpec.Context course) {
        return LaunchSpec.builder().sub(sub).givenName(given).familyName(family).name(given + " " + family)
                .email(sub + "@example.org").context(course).build();
    }

    private double scoreOf(String userId, String lineItem) {
        return platform.scores().stream()
                .filter(s -> userId.equals(s.get("userId")) && lineItem.equals(s.get("scoreOf")))
                .map(s -> ((Number) s.get("scoreGiven")).doubleValue())
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no score of " + userId + " on " + lineItem + ": " + platform.scores()));
    }

    /** The first form value starting with {@code prefix}. */
    private static String firstValue(String html, String prefix) {
        Matcher m = Pattern.compile("value=\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(html);
        assertTrue(m.find(), prefix + " in " + html);
        return m.group(1);
    }
}
