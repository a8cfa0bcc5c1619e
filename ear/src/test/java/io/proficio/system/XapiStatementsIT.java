package io.proficio.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements resource over HTTP as an LRS or a content package uses it: version header and Basic
 * credentials, single and batch POST, PUT, GET by id, all-or-nothing batches, identical and
 * conflicting resends, voiding, tenants apart, a batch of 1,000, concurrent batches sharing new activities.
 */
@ExtendWith(ArquillianExtension.class)
class XapiStatementsIT {

    Api admin;
    XapiCredentials source;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void source() {
        admin = Api.newTenant();
        source = XapiCredentials.make(admin);
    }

    RequestSpecification xapi() {
        return source.request("1.0.3");
    }

    static Map<String, Object> statement(String id, String verb, String activity) {
        Map<String, Object> statement = new java.util.LinkedHashMap<>(Map.of(
                "actor", Map.of("mbox", "mailto:learner@example.com", "name", "Lea Learner"),
                "verb", Map.of("id", verb, "display", Map.of("en-US", "passed")),
                "object", Map.of("id", activity)));
        if (id != null) {
            statement.put("id", id);
        }
        return statement;
    }

    static Map<String, Object> passed(String id) {
        return statement(id, "http://adlnet.gov/expapi/verbs/passed", "https://lms.example.com/activities/quiz-1");
    }

    @Test
    void aStatementIsStoredWithWhatTheLrsSetsAndReadBack() {
        String id = xapi().body(passed(null)).post("/statements").then().statusCode(200)
                .header("X-Experience-API-Version", "1.0.3")
                .header("X-Experience-API-Consistent-Through", notNullValue())
                .body("", hasSize(1)).extract().path("[0]");

        xapi().queryParam("statementId", id).get("/statements").then().statusCode(200)
                .body("id", equalTo(id)).body("stored", notNullValue()).body("version", equalTo("1.0.0"))
                .body("authority.account.name", equalTo(source.key()))
                .body("verb.id", equalTo("http://adlnet.gov/expapi/verbs/passed"));
    }

    @Test
    void requestsNeedTheVersionHeaderAndASourcesCredentials() throws Exception {
        // Without the header the answer names the latest version, or the one the source is set to speak.
        given().baseUri(ProficioDeployment.BASE_URL).auth().preemptive().basic(source.key(), source.secret()).contentType(ContentType.JSON)
                .body(passed(null)).post("/xapi/statements").then().statusCode(400)
                .header("X-Experience-API-Version", "2.0.0");
        Map<String, String> speaks103 = admin.request().body(Map.of("name", "1.0.3 content", "version", "1.0.3"))
                .post("/api/v1/xapi-sources").then().statusCode(201).body("version", equalTo("1.0.3")).extract().as(Map.class);
        given().baseUri(ProficioDeployment.BASE_URL).auth().preemptive().basic(speaks103.get("key"), speaks103.get("secret"))
                .contentType(ContentType.JSON).body(passed(null)).post("/xapi/statements").then().statusCode(400)
                .header("X-Experience-API-Version", "1.0.3");
        admin.request().body(Map.of("name", "bad", "version", "1.0")).post("/api/v1/xapi-sources").then().statusCode(422);
        xapi().header("X-Experience-API-Version", "0.9").body(passed(null)).post("/statements").then().statusCode(400);
        // RestAssured will not send a body of a multipart type it does not build itself; the JDK client will.
        java.net.http.HttpResponse<String> formData = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ProficioDeployment.BASE_URL + "/xapi/statements"))
                        .header("X-Experience-API-Version", "1.0.3")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (source.key() + ":" + source.secret()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=xyz")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--xyz--\r\n")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, formData.statusCode(), formData.body());
        assertTrue(formData.body().contains("application/json"), formData.body());
        given().baseUri(ProficioDeployment.BASE_URL).header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON)
                .body(passed(null)).post("/xapi/statements").then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Proficio xAPI\"")
                .header("Date", org.hamcrest.Matchers.endsWith(" GMT"));
        given().baseUri(ProficioDeployment.BASE_URL).auth().preemptive().basic(source.key(), "pf_wrong")
                .header("X-Experience-API-Version", "1.0.3").contentType(ContentType.JSON)
                .body(passed(null)).post("/xapi/statements").then().statusCode(401);
        given().baseUri(ProficioDeployment.BASE_URL).get("/xapi/about").then().statusCode(200);
    }

    @Test
    void aBatchWithOneBadStatementStoresNothingAndSaysWhichAndWhere() {
        String good = UUID.randomUUID().toString();
        Map<String, Object> bad = passed(null);
        bad.put("actor", Map.of("mbox", "learner@example.com"));

        xapi().body(List.of(passed(good), bad)).post("/statements").then().statusCode(400)
                .body("violations[0].statementIndex", equalTo(1))
                .body("violations[0].pointer", equalTo("/actor/mbox"));
        xapi().queryParam("statementId", good).get("/statements").then().statusCode(404);

        String twice = UUID.randomUUID().toString();
        xapi().body(List.of(passed(twice), passed(twice))).post("/statements").then().statusCode(400)
                .body("violations[0].statementIndex", equalTo(1));
    }

    @Test
    void theSameStatementAgainChangesNothingAndADifferentOneIsAConflict() {
        String id = UUID.randomUUID().toString();
        xapi().body(passed(id)).post("/statements").then().statusCode(200);
        String stored = xapi().queryParam("statementId", id).get("/statements").then().extract().path("stored");

        xapi().body(passed(id)).post("/statements").then().statusCode(200).body("[0]", equalTo(id));
        xapi().queryParam("statementId", id).put("/statements").then().statusCode(400);
        xapi().queryParam("statementId", id).body(passed(null)).put("/statements").then().statusCode(204);
        xapi().queryParam("statementId", id).get("/statements").then().body("stored", equalTo(stored));

        Map<String, Object> different = statement(id, "http://adlnet.gov/expapi/verbs/failed",
                "https://lms.example.com/activities/quiz-1");
        xapi().body(different).post("/statements").then().statusCode(409);
        xapi().queryParam("statementId", id).get("/statements").then()
                .body("verb.id", equalTo("http://adlnet.gov/expapi/verbs/passed"));
    }

    @Test
    void aVoidedStatementIsFoundOnlyByVoidedStatementId() {
        String target = UUID.randomUUID().toString();
        xapi().body(passed(target)).post("/statements").then().statusCode(200);
        Map<String, Object> voiding = new java.util.LinkedHashMap<>(Map.of(
                "actor", Map.of("mbox", "mailto:admin@example.com"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided", "display", Map.of("en-US", "voided")),
                "object", Map.of("objectType", "StatementRef", "id", target)));
        String voidingId = xapi().body(voiding).post("/statements").then().statusCode(200).extract().path("[0]");

        xapi().queryParam("statementId", target).get("/statements").then().statusCode(404);
        xapi().queryParam("voidedStatementId", target).get("/statements").then().statusCode(200)
                .body("id", equalTo(target));
        xapi().queryParam("statementId", voidingId).get("/statements").then().statusCode(200);
    }

    @Test
    void queriesFilterAndPageWithMoreLinks() {
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> s = statement(null, i % 2 == 0 ? "http://adlnet.gov/expapi/verbs/passed"
                    : "http://adlnet.gov/expapi/verbs/failed", "https://lms.example.com/activities/q" + i);
            s.put("actor", Map.of("mbox", i < 5 ? "mailto:lea@example.com" : "mailto:leo@example.com"));
            posted.addAll(xapi().body(s).post("/statements").then().statusCode(200).extract().<List<String>>path(""));
        }

        List<String> seen = new ArrayList<>();
        String next = "/xapi/statements?limit=3&ascending=true";
        int pages = 0;
        while (!next.isEmpty()) {
            var page = given().baseUri(ProficioDeployment.BASE_URL).auth().preemptive().basic(source.key(), source.secret())
                    .header("X-Experience-API-Version", "1.0.3").urlEncodingEnabled(false).get(next).then()
                    .statusCode(200).header("X-Experience-API-Consistent-Through", notNullValue()).extract();
            seen.addAll(page.path("statements.id"));
            next = page.path("more");
            pages++;
        }
        // Stored times of statements posted one by one may tie; the id then orders them, so compare as sets.
        assertEquals(7, seen.size(), "every statement once: " + seen);
        assertEquals(new java.util.HashSet<>(posted), new java.util.HashSet<>(seen));
        assertEquals(3, pages);

        xapi().queryParam("verb", "http://adlnet.gov/expapi/verbs/failed").get("/statements").then().statusCode(200)
                .body("statements", hasSize(3)).body("more", equalTo(""));
        xapi().queryParam("agent", "{\"mbox\": \"mailto:leo@example.com\"}").get("/statements").then()
                .statusCode(200).body("statements", hasSize(2))
                .body("statements.actor.mbox", equalTo(List.of("mailto:leo@example.com", "mailto:leo@example.com")));
        xapi().queryParam("activity", "https://lms.example.com/activities/q3").get("/statements").then()
                .body("statements.id", equalTo(List.of(posted.get(3))));
        xapi().queryParam("agent", "not json").get("/statements").then().statusCode(400);
        xapi().queryParam("color", "blue").get("/statements").then().statusCode(400);
    }

    @Test
    void anotherTenantsSourceSeesNothingOfThem() {
        String id = xapi().body(passed(null)).post("/statements").then().statusCode(200).extract().path("[0]");
        source();
        xapi().queryParam("statementId", id).get("/statements").then().statusCode(404);
    }

    @Test
    void aBatchOfAThousandIsStoredInOneRequest() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(statement(null, "http://adlnet.gov/expapi/verbs/completed",
                    "https://lms.example.com/activities/page-" + i));
        }
        List<String> ids = xapi().body(batch).post("/statements").then().statusCode(200).body("", hasSize(1000))
                .extract().path("");
        xapi().queryParam("statementId", ids.get(999)).get("/statements").then().statusCode(200)
                .body("object.id", equalTo("https://lms.example.com/activities/page-999"));
    }

    /**
     * Content of many learners at once names the same new activities: concurrent batches defining them,
     * in different orders and with different languages, are all stored, and the canonical definition
     * holds every language; the same batch sent twice at once is stored once and answered twice.
     */
    @Test
    void concurrentBatchesThatDefineTheSameNewActivitiesAreAllStored() throws Exception {
        String course = "https://lms.example.com/course/" + UUID.randomUUID() + "/activity-";
        List<String> languages = List.of("en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL");
        List<Map<String, Object>> twin = definingBatch(course, "en-GB", 0);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int client = 0; client < languages.size(); client++) {
                    List<Map<String, Object>> batch = definingBatch(course, languages.get(client), client + round);
                    answers.add(clients.submit(() -> xapi().body(batch).post("/statements").statusCode()));
                }
                answers.add(clients.submit(() -> xapi().body(twin).post("/statements").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        for (int a = 0; a < 10; a++) {
            Map<String, String> names = xapi().queryParam("activityId", course + a).get("/activities").then()
                    .statusCode(200).extract().path("definition.name");
            assertEquals(new TreeSet<>(names.keySet()), new TreeSet<>(
                    Stream.concat(languages.stream(), Stream.of("en-GB")).toList()));
        }
    }

    /** 50 new statements on 10 activities of {@code course}, each defined with a name in {@code language}; rotated by {@code shift}. */
    private static List<Map<String, Object>> definingBatch(String course, String language, int shift) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String activity = course + (i + shift) % 10;
            Map<String, Object> statement = statement(UUID.randomUUID().toString(),
                    "http://adlnet.gov/expapi/verbs/experienced", activity);
            statement.put("object", Map.of("id", activity, "definition",
                    Map.of("name", Map.of(language, "Activity " + (i + shift) % 10))));
            batch.add(statement);
        }
        return batch;
    }
}
