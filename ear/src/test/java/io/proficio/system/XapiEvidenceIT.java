package io.proficio.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.TestPlatform;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From statement to evidence: a statement about aligned content becomes evidence of its actor (an
 * unknown actor a pending person), voiding retracts it, and a statement that cannot become evidence
 * says why.
 */
@ExtendWith(ArquillianExtension.class)
class XapiEvidenceIT {

    static final String QUIZ = "https://lms.example.com/activities/risk-quiz";

    Api admin;
    XapiCredentials source;
    String competencyId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void alignedQuiz() {
        admin = Api.newTenant();
        admin.importDemoFramework();
        competencyId = admin.request().queryParam("q", "UW.RISK.1").get("/api/v1/competencies").then().statusCode(200)
                .extract().path("find { it.code == 'UW.RISK.1' }.id");
        admin.request().body(Map.of("competencyId", competencyId, "level", 3, "content",
                Map.of("type", "xapi-activity", "ref", QUIZ))).post("/api/v1/alignments").then().statusCode(201);
        source = XapiCredentials.make(admin);
    }

    RequestSpecification xapi() {
        return source.request("1.0.3");
    }

    static Map<String, Object> statement(String mbox, String verb, String activity) {
        return new LinkedHashMap<>(Map.of("actor", Map.of("mbox", mbox, "name", "Nia Newcomer"),
                "verb", Map.of("id", verb), "object", Map.of("id", activity)));
    }

    /** Waits for the mapping worker (it runs every second) and returns the statement's status. */
    Map<String, Object> mapped(String statementId) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            Map<String, Object> status = admin.request().get("/api/v1/statements/" + statementId).then()
                    .statusCode(200).extract().as(Map.class);
            if (!"queued".equals(status.get("mapping"))) {
                return status;
            }
            Thread.sleep(250);
        }
        return fail("statement " + statementId + " still queued after 15 s");
    }

    @Test
    void aPassedQuizBecomesEvidenceOfANewPendingPersonAndVoidingRetractsIt() throws Exception {
        String id = xapi().body(statement("mailto:nia@example.com", "http://adlnet.gov/expapi/verbs/passed", QUIZ))
                .post("/statements").then().statusCode(200).extract().path("[0]");

        assertEquals("evidence", mapped(id).get("mapping"));
        String person = admin.request().queryParam("identifier", "mailto:nia@example.com").get("/api/v1/people")
                .then().statusCode(200).body("[0].name", equalTo("Nia Newcomer")).body("[0].status", equalTo("pending"))
                .extract().path("[0].id");
        admin.request().get("/api/v1/people/" + person + "/proficiencies").then().statusCode(200)
                .body("find { it.competencyId == '" + competencyId + "' }.level", equalTo(3));

        Map<String, Object> voiding = new LinkedHashMap<>(Map.of("actor", Map.of("mbox", "mailto:admin@example.com"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"),
                "object", Map.of("objectType", "StatementRef", "id", id)));
        String voidingId = xapi().body(voiding).post("/statements").then().statusCode(200).extract().path("[0]");
        assertEquals("voided-target", mapped(voidingId).get("mapping"));
        admin.request().get("/api/v1/people/" + person + "/proficiencies").then().statusCode(200)
                .body("findAll { it.competencyId == '" + competencyId + "' && it.level > 0 }", hasSize(0));
    }

    @Test
    void aPendingPersonBecomesActiveWhenTheLmsLaunchesThem() throws Exception {
        String id = xapi().body(statement("mailto:nia@example.com", "http://adlnet.gov/expapi/verbs/passed", QUIZ))
                .post("/statements").then().statusCode(200).extract().path("[0]");
        assertEquals("evidence", mapped(id).get("mapping"));

        try (TestPlatform platform = TestPlatform.start()) {
            admin.registerPlatform(platform, false);
            LaunchResult launch = new LtiBrowser().launch(platform, URI.create(ProficioDeployment.BASE_URL),
                    LaunchSpec.learner().with(b -> b.email("Nia@Example.com").name("Nia Newcomer")));
            assertEquals(303, launch.status(), launch.toString());
        }
        admin.request().queryParam("identifier", "mailto:nia@example.com").get("/api/v1/people").then()
                .body("", hasSize(1)).body("[0].status", equalTo("active"));
    }

    @Test
    void aFailedAttemptIsEvidenceOfALowerLevel() throws Exception {
        String id = xapi().body(statement("mailto:fay@example.com", "http://adlnet.gov/expapi/verbs/failed", QUIZ))
                .post("/statements").then().statusCode(200).extract().path("[0]");

        assertEquals("evidence", mapped(id).get("mapping"));
        String person = admin.request().queryParam("identifier", "mailto:fay@example.com").get("/api/v1/people")
                .then().extract().path("[0].id");
        admin.request().get("/api/v1/people/" + person + "/proficiencies").then()
                .body("find { it.competencyId == '" + competencyId + "' }.level", equalTo(2));
    }

    @Test
    void statementsThatCannotBeEvidenceSayWhy() throws Exception {
        String unaligned = xapi().body(statement("mailto:nia@example.com", "http://adlnet.gov/expapi/verbs/passed",
                "https://lms.example.com/activities/untagged")).post("/statements").then().extract().path("[0]");
        String launched = xapi().body(statement("mailto:nia@example.com", "http://adlnet.gov/expapi/verbs/launched", QUIZ))
                .post("/statements").then().extract().path("[0]");

        assertEquals("no-alignment", mapped(unaligned).get("mapping"));
        Map<String, Object> notOutcome = mapped(launched);
        assertEquals("no-evidence", notOutcome.get("mapping"));
        assertEquals(true, String.valueOf(notOutcome.get("detail")).startsWith("not-an-outcome"), notOutcome.toString());
        admin.request().queryParam("identifier", "mailto:nia@example.com").get("/api/v1/people").then()
                .body("", hasSize(0));
        admin.request().get("/api/v1/statements/not-a-statement").then().statusCode(404);
    }

    @Test
    void tenantRulesAreEditableAndStoredStatementsCanBeMappedAgain() throws Exception {
        String certified = "https://hr.example.com/verbs/certified";
        String unknownVerb = xapi().body(statement("mailto:cy@example.com", certified, QUIZ)).post("/statements")
                .then().statusCode(200).extract().path("[0]");
        String untagged = xapi().body(statement("mailto:cy@example.com", "http://adlnet.gov/expapi/verbs/passed",
                "https://lms.example.com/activities/later-tagged")).post("/statements").then().extract().path("[0]");
        assertEquals("no-evidence", mapped(unknownVerb).get("mapping"));
        assertEquals("no-alignment", mapped(untagged).get("mapping"));

        admin.request().get("/api/v1/xapi-mapping-rules").then().statusCode(200).body("defaults", equalTo(true));
        admin.request().body(List.of(Map.of("verb", certified, "effect", "magic"))).put("/api/v1/xapi-mapping-rules")
                .then().statusCode(422).body("errors.pointer", hasItem("/0/effect"));
        admin.request().get("/api/v1/xapi-mapping-rules").then().body("defaults", equalTo(true));
        List<Object> rules = new ArrayList<>(admin.request().get("/api/v1/xapi-mapping-rules").then().extract()
                .jsonPath().getList("rules"));
        rules.add(Map.of("verb", certified, "effect", "aligned-level"));
        admin.request().body(Map.of("rules", rules)).put("/api/v1/xapi-mapping-rules").then().statusCode(200)
                .body("defaults", equalTo(false)).body("rules.verb", hasItem(certified));
        admin.request().body(Map.of("competencyId", competencyId, "level", 3, "content",
                Map.of("type", "xapi-activity", "ref", "https://lms.example.com/activities/later-tagged")))
                .post("/api/v1/alignments").then().statusCode(201);

        admin.request().body(Map.of("statuses", List.of("voided"))).post("/api/v1/statements/remap").then().statusCode(422);
        admin.request().body(Map.of()).post("/api/v1/statements/remap").then().statusCode(202).body("queued", equalTo(2));
        assertEquals("evidence", mapped(unknownVerb).get("mapping"));
        assertEquals("evidence", mapped(untagged).get("mapping"));

        admin.request().delete("/api/v1/xapi-mapping-rules").then().statusCode(200).body("defaults", equalTo(true));
    }
}
