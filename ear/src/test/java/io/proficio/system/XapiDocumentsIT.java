package io.proficio.system;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The xAPI document resources over HTTP (1.0.3 Communication §2.2–§2.7, §3.1): State, Activity
 * Profile and Agent Profile documents stored as sent, merged, listed and cleared, their ETag
 * preconditions, the size limit, tenants apart, and no evidence from documents; the Activities and
 * Agents resources.
 */
@ExtendWith(ArquillianExtension.class)
class XapiDocumentsIT {

    static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:lea@example.com\"}";

    Api admin;
    XapiCredentials source;
    String activity;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void source() {
        admin = Api.newTenant();
        source = XapiCredentials.make(admin);
        activity = "https://content.example.com/course/" + UUID.randomUUID();
    }

    RequestSpecification state(XapiCredentials credentials, String version, String stateId) {
        RequestSpecification request = credentials.request(version).queryParam("activityId", activity)
                .queryParam("agent", AGENT);
        return stateId == null ? request : request.queryParam("stateId", stateId);
    }

    RequestSpecification state(String stateId) {
        return state(source, "1.0.3", stateId);
    }

    @Test
    void aStateComesBackAsSentWithItsEtagAndLastModifiedAndHeadSaysTheSame() throws Exception {
        byte[] suspendData = new byte[70_000];
        new Random(7).nextBytes(suspendData);
        String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(suspendData)) + "\"";
        state("suspend").contentType("application/octet-stream").body(suspendData).put("/activities/state").then()
                .statusCode(204).header("ETag", equalTo(etag));

        Response got = state("suspend").get("/activities/state");
        got.then().statusCode(200).contentType("application/octet-stream").header("ETag", equalTo(etag))
                .header("Last-Modified", matchesPattern(".* GMT"));
        assertArrayEquals(suspendData, got.asByteArray());
        state("suspend").head("/activities/state").then().statusCode(200).header("ETag", equalTo(etag))
                .body(emptyString());
        state("absent").get("/activities/state").then().statusCode(404);
        // 1.0.3 exempts State from the concurrency headers: a PUT simply replaces it.
        state("suspend").contentType("text/plain").body("lesson 4").put("/activities/state").then().statusCode(204);
        state("suspend").get("/activities/state").then().contentType(containsString("text/plain")).body(equalTo("lesson 4"));
    }

    @Test
    void postMergesJsonDocumentsAtTheTopLevelOnly() {
        state("bookmark").body(Map.of("page", 3, "location", Map.of("x", 1, "y", 2))).post("/activities/state").then().statusCode(204);
        state("bookmark").body(Map.of("location", Map.of("x", 9), "score", 80)).post("/activities/state").then().statusCode(204);
        state("bookmark").get("/activities/state").then().statusCode(200)
                .body("page", equalTo(3)).body("location", equalTo(Map.of("x", 9))).body("score", equalTo(80));

        state("bookmark").body("{\"a\":1}{").post("/activities/state").then().statusCode(400);
        state("bookmark").contentType("text/plain").body("plain").post("/activities/state").then().statusCode(400);
        state("plain").contentType("text/plain").body("plain").put("/activities/state").then().statusCode(204);
        state("plain").body(Map.of("a", 1)).post("/activities/state").then().statusCode(400);
        state("bookmark").get("/activities/state").then().body("page", equalTo(3)).body("score", equalTo(80));
    }

    @Test
    void etagPreconditionsGuardEveryWrite() {
        String profile = "/activities/profile";
        RequestSpecification first = source.request("1.0.3").queryParam("activityId", activity).queryParam("profileId", "p");
        // 1.0.3: a profile PUT says what it expects; If-None-Match: * creates it only if absent.
        source.request("1.0.3").queryParam("activityId", activity).queryParam("profileId", "p").body(Map.of("v", 1))
                .put(profile).then().statusCode(400);
        String etag = first.header("If-None-Match", "*").body(Map.of("v", 1)).put(profile).then().statusCode(204)
                .extract().header("ETag");
        RequestSpecification again = source.request("1.0.3").queryParam("activityId", activity).queryParam("profileId", "p");
        again.header("If-None-Match", "*").body(Map.of("v", 2)).put(profile).then().statusCode(412);
        profile(null).body(Map.of("v", 2)).put(profile).then().statusCode(409).body("message", containsString("If-Match"));
        profile("\"1234\"").body(Map.of("v", 2)).put(profile).then().statusCode(412);
        profile("\"1234\"").body(Map.of("w", 2)).post(profile).then().statusCode(412);
        profile("\"1234\"").delete(profile).then().statusCode(412);
        profile(null).get(profile).then().statusCode(200).body("v", equalTo(1)).header("ETag", equalTo(etag));

        String changed = profile(etag).body(Map.of("v", 2)).put(profile).then().statusCode(204).extract().header("ETag");
        profile(etag).delete(profile).then().statusCode(412);
        profile(changed).delete(profile).then().statusCode(204);
        profile(null).get(profile).then().statusCode(404);

        // 2.0 asks the same of State when a PUT replaces one.
        state(source, "2.0.0", "s").body(Map.of("v", 1)).put("/activities/state").then().statusCode(204);
        state(source, "2.0.0", "s").body(Map.of("v", 2)).put("/activities/state").then().statusCode(409);
    }

    RequestSpecification profile(String ifMatch) {
        RequestSpecification request = source.request("1.0.3").queryParam("activityId", activity).queryParam("profileId", "p");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    @Test
    void listingAndClearingStatesByRegistration() throws Exception {
        String registration = UUID.randomUUID().toString();
        state("a").body(Map.of("n", 1)).put("/activities/state").then().statusCode(204);
        state("b").queryParam("registration", registration).body(Map.of("n", 2)).put("/activities/state").then().statusCode(204);
        state("b").get("/activities/state").then().statusCode(404);
        state("b").queryParam("registration", registration).get("/activities/state").then().statusCode(200).body("n", equalTo(2));

        state(null).get("/activities/state").then().statusCode(200).body("", containsInAnyOrder("a", "b"));
        state(null).queryParam("registration", registration).get("/activities/state").then().body("", equalTo(List.of("b")));
        String later = java.time.Instant.now().plusSeconds(3600).toString();
        state(null).queryParam("since", later).get("/activities/state").then().body("", hasSize(0));

        state(null).queryParam("registration", registration).delete("/activities/state").then().statusCode(204);
        state(null).get("/activities/state").then().body("", equalTo(List.of("a")));
        state(null).delete("/activities/state").then().statusCode(204);
        state(null).get("/activities/state").then().body("", hasSize(0));
    }

    @Test
    void agentProfilesAreKeptPerAgent() {
        RequestSpecification lea = source.request("1.0.3").queryParam("agent", AGENT).queryParam("profileId", "prefs");
        lea.header("If-None-Match", "*").body(Map.of("language", "fr")).put("/agents/profile").then().statusCode(204);
        source.request("1.0.3").queryParam("agent", "{\"mbox\":\"mailto:ian@example.com\"}").queryParam("profileId", "prefs")
                .get("/agents/profile").then().statusCode(404);
        source.request("1.0.3").queryParam("agent", AGENT).get("/agents/profile").then().body("", equalTo(List.of("prefs")));
        source.request("1.0.3").queryParam("agent", AGENT).queryParam("profileId", "prefs").get("/agents/profile").then()
                .statusCode(200).body("language", equalTo("fr"));
    }

    @Test
    void badParametersAreRefused() {
        source.request("1.0.3").queryParam("agent", AGENT).queryParam("stateId", "s").get("/activities/state").then().statusCode(400);
        source.request("1.0.3").queryParam("activityId", activity).queryParam("stateId", "s").get("/activities/state").then().statusCode(400);
        state("s").queryParam("registration", "not-a-uuid").get("/activities/state").then().statusCode(400);
        source.request("1.0.3").queryParam("activityId", activity).queryParam("agent", "{\"name\":\"no identifier\"}")
                .get("/activities/state").then().statusCode(400);
        state(null).queryParam("since", "yesterday").get("/activities/state").then().statusCode(400);
        state("s").queryParam("profileId", "p").get("/activities/state").then().statusCode(400);
        source.request("1.0.3").queryParam("activityId", activity).delete("/activities/profile").then().statusCode(400);
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedUnstored() {
        byte[] atLimit = new byte[10 * 1024 * 1024];
        state("big").contentType("application/octet-stream").body(atLimit).put("/activities/state").then().statusCode(204);
        byte[] over = new byte[atLimit.length + 1];
        state("bigger").contentType("application/octet-stream").body(over).put("/activities/state").then().statusCode(413);
        state("bigger").get("/activities/state").then().statusCode(404);
    }

    @Test
    void tenantsSeeOnlyTheirOwnDocuments() {
        XapiCredentials other = XapiCredentials.make(Api.newTenant());
        state(source, "1.0.3", "shared").body(Map.of("tenant", "one")).put("/activities/state").then().statusCode(204);
        state(other, "1.0.3", "shared").get("/activities/state").then().statusCode(404);
        state(other, "1.0.3", "shared").body(Map.of("tenant", "two")).put("/activities/state").then().statusCode(204);
        state(other, "1.0.3", null).delete("/activities/state").then().statusCode(204);
        state(source, "1.0.3", "shared").get("/activities/state").then().statusCode(200).body("tenant", equalTo("one"));
        state(other, "1.0.3", null).get("/activities/state").then().body("", hasSize(0));
    }

    @Test
    void documentsNeverBecomeEvidence() {
        admin.importDemoFramework();
        String competencyId = admin.request().queryParam("q", "UW.RISK.1").get("/api/v1/competencies").then()
                .extract().path("find { it.code == 'UW.RISK.1' }.id");
        admin.request().body(Map.of("competencyId", competencyId, "level", 3, "content",
                Map.of("type", "xapi-activity", "ref", activity))).post("/api/v1/alignments").then().statusCode(201);
        state("cmi.core.lesson_status").body(Map.of("lesson_status", "passed", "score", 100)).put("/activities/state")
                .then().statusCode(204);
        admin.request().queryParam("identifier", "mailto:lea@example.com").get("/api/v1/people").then().statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    void activitiesResourceMergesDefinitionsAndAgentsResourceAnswersThePerson() {
        Map<String, Object> statement = Map.of("actor", Map.of("mbox", "mailto:lea@example.com", "name", "Lea"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/experienced"),
                "object", Map.of("id", activity, "definition", Map.of("name", Map.of("en-US", "Course"))));
        source.request("1.0.3").body(statement).post("/statements").then().statusCode(200);
        source.request("1.0.3").body(Map.of("actor", statement.get("actor"), "verb", statement.get("verb"),
                "object", Map.of("id", activity, "definition", Map.of("name", Map.of("fr-FR", "Cours"),
                        "description", Map.of("en-US", "The course"))))).post("/statements").then().statusCode(200);
        source.request("1.0.3").queryParam("activityId", activity).get("/activities").then().statusCode(200)
                .body("objectType", equalTo("Activity")).body("id", equalTo(activity))
                .body("definition.name", equalTo(Map.of("en-US", "Course", "fr-FR", "Cours")))
                .body("definition.description.en-US", equalTo("The course"));
        source.request("1.0.3").queryParam("activityId", activity + "/never").get("/activities").then().statusCode(200)
                .body("id", equalTo(activity + "/never"));
        source.request("1.0.3").get("/activities").then().statusCode(400);

        String person = admin.request().body(Map.of("name", "Lea Learner", "identifiers",
                List.of("mailto:lea.l@example.com", "account:https://lms.example.com|lea"))).post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
        source.request("1.0.3").queryParam("agent", "{\"mbox\":\"mailto:lea.l@example.com\"}").get("/agents").then()
                .statusCode(200).body("objectType", equalTo("Person")).body("name", equalTo(List.of("Lea Learner")))
                .body("mbox", equalTo(List.of("mailto:lea.l@example.com")))
                .body("account[0].homePage", equalTo("https://lms.example.com")).body("account[0].name", equalTo("lea"));
        source.request("1.0.3").queryParam("agent", "{\"mbox\":\"mailto:nobody@example.com\"}").get("/agents").then()
                .statusCode(200).body("mbox", equalTo(List.of("mailto:nobody@example.com")));
        source.request("1.0.3").queryParam("agent", "not json").get("/agents").then().statusCode(400);
        assertEquals(36, person.length());
    }

    @Test
    void theAlternateRequestSyntaxServesDocumentsUnder103Only() {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((source.key() + ":" + source.secret())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        io.restassured.RestAssured.given().baseUri(ProficioDeployment.BASE_URL).basePath("/xapi")
                .queryParam("method", "PUT").contentType("application/x-www-form-urlencoded")
                .formParam("Authorization", basic).formParam("X-Experience-API-Version", "1.0.3")
                .formParam("activityId", activity).formParam("agent", AGENT).formParam("stateId", "form")
                .formParam("content", "{\"via\":\"form\"}").post("/activities/state").then().statusCode(204);
        state("form").get("/activities/state").then().statusCode(200).body("via", equalTo("form"))
                .header("ETag", notNullValue());
        source.request("2.0.0").queryParam("method", "GET").contentType("application/x-www-form-urlencoded")
                .formParam("activityId", activity).post("/activities").then().statusCode(400);
    }
}
