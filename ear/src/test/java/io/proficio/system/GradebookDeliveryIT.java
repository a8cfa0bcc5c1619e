package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.testing.lms.Member;
import io.proficio.testing.lms.PlatformQuirks;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certifications and plan-item progress posted to the LMS gradebook through LTI AGS: on line items
 * the tool creates in the course, with activityProgress and gradingProgress as the events mean, for
 * the person's user on that platform; the platform's access token is reused.
 */
@ExtendWith(ArquillianExtension.class)
class GradebookDeliveryIT {

    private static final String COURSE = "course-hr-7";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void certificationAndPlanProgressReachTheCourseGradebook() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            platform.trustToolJwks(URI.create(ProficioDeployment.BASE_URL + "/lti/jwks"));
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            Api admin = demo.admin();
            String platformId = admin.registerPlatform(platform, false);
            String lineItems = platform.issuer() + "/ags/" + COURSE + "/lineitems";
            admin.request().body(Map.of("type", "lms-gradebook", "url", lineItems, "platformId", platformId,
                            "backoffInitialMs", 100, "backoffMaxMs", 400))
                    .post("/api/v1/destinations").then().statusCode(201).body("secret", nullValue())
                    .body("eventTypes", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("proficiency.achieved")));
            admin.request().body(Map.of("type", "lms-gradebook", "url", lineItems, "platformId", "no-such-platform"))
                    .post("/api/v1/destinations").then().statusCode(422).body("errors.pointer", contains("/platformId"));

            String certification = admin.request().body(Map.of("name", "Claims handling", "requirements",
                            List.of(Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 3))))
                    .post("/api/v1/certifications").then().statusCode(201).extract().path("id");
            String learner = demo.person("Ira Holt", "hr:E880", "lti:" + platform.issuer() + "|ira-sub");
            demo.person("No LMS", "hr:E881");
            admin.withScopes("integration").request().body(Map.of("externalId", "PI-88", "personIdentifier", "hr:E880",
                            "target", Map.of("competencyId", demo.competency().get("UW.RISK.2"), "level", 4),
                            "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString()))
                    .post("/api/v1/plan-items").then().statusCode(201);

            demo.evidence(learner, "UW.RISK.1", 3, "ira-exam-1", "2026-04-01T10:00:00Z");
            demo.evidence(learner, "UW.RISK.2", 2, "ira-exam-2", "2026-04-01T10:00:00Z");
            List<Map<String, Object>> scores = await(platform, s -> s.size() >= 2);

            Map<String, Object> certified = score(scores, "Certification: Claims handling", platform);
            assertEquals("ira-sub", certified.get("userId"));
            assertEquals(1.0, ((Number) certified.get("scoreGiven")).doubleValue());
            assertEquals(1.0, ((Number) certified.get("scoreMaximum")).doubleValue());
            assertEquals("Completed", certified.get("activityProgress"));
            assertEquals("FullyGraded", certified.get("gradingProgress"));
            Map<String, Object> progress = score(scores, "Plan item PI-88", platform);
            assertEquals(50.0, ((Number) progress.get("scoreGiven")).doubleValue());
            assertEquals("InProgress", progress.get("activityProgress"));
            assertEquals("Pending", progress.get("gradingProgress"));

            int tokens = platform.tokensIssued();
            demo.evidence(learner, "UW.RISK.2", 4, "ira-exam-3", "2026-04-02T10:00:00Z");
            scores = await(platform, s -> s.stream().anyMatch(x -> "FullyGraded".equals(x.get("gradingProgress"))
                    && ((Number) x.get("scoreGiven")).doubleValue() == 100.0));
            assertEquals(2, platform.lineItems(COURSE).size(), "one line item per certification and per plan item");
            assertTrue(platform.lineItems(COURSE).stream().allMatch(li -> String.valueOf(li.get("resourceId"))
                    .startsWith("proficio:")));
            assertEquals(tokens, platform.tokensIssued(), "the access tokens (line items, scores) are reused");
            admin.request().queryParam("status", "delivered").queryParam("limit", 100).get("/api/v1/deliveries").then()
                    .statusCode(200).body("status.unique()", contains("delivered"));
            admin.request().get("/api/v1/people/" + learner + "/certifications").then()
                    .body("certificationId", contains(certification)).body("status", contains("active"));
        }
    }

    @Test
    void aScoreMoodleTakesForNoStudentIsLoggedAndNotRetried() throws Exception {
        try (TestPlatform platform = TestPlatform.start(PlatformQuirks.moodle())) {
            platform.trustToolJwks(URI.create(ProficioDeployment.BASE_URL + "/lti/jwks"));
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            Api admin = demo.admin();
            String platformId = admin.registerPlatform(platform, false);
            platform.members(COURSE, List.of(Member.moodleTeacher("7", "Tom", "Teacher")));
            String destination = admin.request().body(Map.of("type", "lms-gradebook", "platformId", platformId,
                            "url", platform.baseUrl() + "/ags/" + COURSE + "/lineitems?type_id=1",
                            "backoffInitialMs", 100, "backoffMaxMs", 400))
                    .post("/api/v1/destinations").then().statusCode(201).extract().path("id");
            admin.request().body(Map.of("name", "Claims handling", "requirements",
                            List.of(Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 3))))
                    .post("/api/v1/certifications").then().statusCode(201);
            String teacher = demo.person("Tom Teacher", "hr:E990", "lti:" + platform.issuer() + "|7");

            demo.evidence(teacher, "UW.RISK.1", 3, "tom-exam-1", "2026-04-01T10:00:00Z");

            // The platform has answered before Proficio records the attempt: wait for the record.
            String delivery = admin.awaitDelivery(Map.of("destinationId", destination, "status", "delivered"), "delivered");
            assertEquals(400, platform.refusedScores().get(0).get("status"));
            admin.request().get("/api/v1/deliveries/" + delivery).then().statusCode(200)
                    .body("attempts", org.hamcrest.Matchers.equalTo(1))
                    .body("attemptLog[0].statusCode", org.hamcrest.Matchers.equalTo(400))
                    .body("attemptLog[0].error", org.hamcrest.Matchers.containsString("takes no score for this person"))
                    // Settled: a delivered delivery has no next attempt, so the refusal is never retried.
                    .body("status", org.hamcrest.Matchers.equalTo("delivered"))
                    .body("nextAttemptAt", org.hamcrest.Matchers.nullValue());
            assertEquals(1, platform.refusedScores().size(), "no retry");
        }
    }

    private static Map<String, Object> score(List<Map<String, Object>> scores, String label, TestPlatform platform) {
        String lineItem = platform.lineItems(COURSE).stream().filter(li -> label.equals(li.get("label")))
                .map(li -> (String) li.get("id")).findFirst().orElseThrow(() -> new AssertionError("no line item " + label));
        return scores.stream().filter(s -> lineItem.equals(s.get("scoreOf"))).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no score on " + label));
    }

    private static List<Map<String, Object>> await(TestPlatform platform, Predicate<List<Map<String, Object>>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> scores = platform.scores();
            if (condition.test(scores)) {
                return scores;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The platform's gradebook got " + platform.scores());
    }
}
