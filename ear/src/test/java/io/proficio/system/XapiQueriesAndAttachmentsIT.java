package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statements resource's reading side and attachments over HTTP: the agent filter on actors, objects
 * and group members, related_agents and related_activities, the ids and canonical formats, HEAD,
 * contextActivities returned as arrays, and statements with attachment data in multipart/mixed both
 * ways.
 */
@ExtendWith(ArquillianExtension.class)
class XapiQueriesAndAttachmentsIT {

    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String QUIZ = "https://lms.example.com/activities/quiz-1";
    static final String COURSE = "https://lms.example.com/courses/underwriting";
    final HttpClient http = HttpClient.newHttpClient();
    XapiCredentials source;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @BeforeEach
    void source() {
        source = XapiCredentials.make(Api.newTenant());
    }

    RequestSpecification xapi() {
        return source.request("1.0.3");
    }

    static Map<String, Object> statement(Object actor) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("actor", actor);
        statement.put("verb", Map.of("id", PASSED, "display", Map.of("en-US", "passed", "fr-FR", "a réussi")));
        statement.put("object", Map.of("id", QUIZ, "definition",
                Map.of("name", Map.of("en-US", "Quiz one", "fr-FR", "Quiz un"))));
        return statement;
    }

    static Map<String, Object> agent(String mbox) {
        return Map.of("objectType", "Agent", "mbox", mbox);
    }

    String post(Object statement) {
        return xapi().body(statement).post("/statements").then().statusCode(200).extract().path("[0]");
    }

    @Test
    void theAgentFilterFindsActorsAndGroupMembersAndRelatedFiltersReachFurther() {
        Map<String, Object> taught = statement(agent("mailto:lea@example.com"));
        taught.put("context", Map.of("instructor", agent("mailto:ian@example.com"),
                "contextActivities", Map.of("parent", Map.of("id", COURSE))));
        String byLea = post(taught);
        String byGroup = post(statement(Map.of("objectType", "Group", "member", List.of(agent("mailto:lea@example.com")))));
        post(statement(agent("mailto:other@example.com")));

        xapi().queryParam("agent", "{\"mbox\":\"mailto:lea@example.com\"}").get("/statements").then().statusCode(200)
                .body("statements.id", containsInAnyOrder(byLea, byGroup));
        xapi().queryParam("agent", "{\"mbox\":\"mailto:ian@example.com\"}").get("/statements").then()
                .body("statements", hasSize(0));
        xapi().queryParam("agent", "{\"mbox\":\"mailto:ian@example.com\"}").queryParam("related_agents", "true")
                .get("/statements").then().body("statements.id", contains(byLea));
        xapi().queryParam("activity", COURSE).get("/statements").then().body("statements", hasSize(0));
        xapi().queryParam("activity", COURSE).queryParam("related_activities", "true").get("/statements").then()
                .body("statements.id", contains(byLea));
        xapi().queryParam("related_agents", "yes").get("/statements").then().statusCode(400);
    }

    @Test
    void filtersAlsoReturnStatementsThatTargetAMatchByStatementRef() {
        String target = post(statement(agent("mailto:lea@example.com")));
        Map<String, Object> referring = new LinkedHashMap<>(Map.of("actor", agent("mailto:ian@example.com"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/commented"),
                "object", Map.of("objectType", "StatementRef", "id", target)));
        String comment = post(referring);
        post(statement(agent("mailto:other@example.com")));

        xapi().queryParam("agent", "{\"mbox\":\"mailto:lea@example.com\"}").get("/statements").then().statusCode(200)
                .body("statements.id", contains(comment, target));
        // Once the target is voided it is left out, and the statements targeting it still come back.
        String voiding = post(Map.of("actor", agent("mailto:lea@example.com"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"),
                "object", Map.of("objectType", "StatementRef", "id", target)));
        xapi().queryParam("verb", PASSED).queryParam("agent", "{\"mbox\":\"mailto:lea@example.com\"}")
                .get("/statements").then().statusCode(200).body("statements.id", contains(voiding, comment));
        xapi().queryParam("verb", PASSED).queryParam("agent", "{\"mbox\":\"mailto:lea@example.com\"}")
                .queryParam("limit", 1).get("/statements").then().body("statements.id", contains(voiding));
    }

    @Test
    void contextActivitiesComeBackAsArrays() {
        Map<String, Object> single = statement(agent("mailto:lea@example.com"));
        single.put("context", Map.of("contextActivities", Map.of("parent", Map.of("id", COURSE))));
        String id = post(single);
        xapi().queryParam("statementId", id).get("/statements").then().statusCode(200)
                .body("context.contextActivities.parent.id", contains(COURSE));
        // Sending it again as it was first sent is the same statement (Data §2.3.1).
        single.put("id", id);
        xapi().body(single).post("/statements").then().statusCode(200);
    }

    @Test
    void idsAndCanonicalFormatsAndHead() {
        String id = post(statement(Map.of("objectType", "Agent", "name", "Lea", "mbox", "mailto:lea@example.com")));

        xapi().queryParam("statementId", id).queryParam("format", "ids").get("/statements").then().statusCode(200)
                .body("verb", not(hasKey("display"))).body("actor", not(hasKey("name")))
                .body("actor.mbox", equalTo("mailto:lea@example.com")).body("object", not(hasKey("definition")));
        xapi().queryParam("statementId", id).queryParam("format", "canonical").header("Accept-Language", "fr-CA, fr;q=0.8")
                .get("/statements").then().statusCode(200)
                .body("verb.display", equalTo(Map.of("fr-FR", "a réussi")))
                .body("object.definition.name", equalTo(Map.of("fr-FR", "Quiz un")));
        xapi().queryParam("format", "short").get("/statements").then().statusCode(400);
        xapi().queryParam("statementId", id).queryParam("agent", "{\"mbox\":\"mailto:lea@example.com\"}")
                .get("/statements").then().statusCode(400);

        xapi().queryParam("statementId", id).head("/statements").then().statusCode(200)
                .header("Last-Modified", notNullValue()).header("X-Experience-API-Consistent-Through", notNullValue())
                .body(emptyString());
        source.request("2.0.0").get("/statements").then().statusCode(200)
                .header("Last-Modified", notNullValue()).header("X-Experience-API-Version", startsWith("2.0"));
    }

    @Test
    void anAttachmentTravelsInMultipartAndComesBackWithAttachmentsTrue() throws Exception {
        byte[] data = "Certificate of completion\n\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        String sha2 = sha256(data);
        Map<String, Object> withAttachment = statement(agent("mailto:lea@example.com"));
        withAttachment.put("attachments", List.of(Map.of("usageType", "http://id.tincanapi.com/attachment/certificate",
                "display", Map.of("en-US", "Certificate"), "contentType", "text/plain", "length", data.length,
                "sha2", sha2)));

        xapi().body(withAttachment).post("/statements").then().statusCode(400);
        HttpResponse<String> wrongHash = postMultipart(withAttachment, "text/plain", sha256(new byte[] {1}), data);
        assertEquals(400, wrongHash.statusCode(), wrongHash.body());

        HttpResponse<String> stored = postMultipart(withAttachment, "text/plain", sha2, data);
        assertEquals(200, stored.statusCode(), stored.body());
        String id = stored.body().replaceAll("[\\[\\]\"]", "");

        HttpResponse<byte[]> read = http.send(request("/xapi/statements?attachments=true&statementId=" + id).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, read.statusCode());
        String type = read.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(type.startsWith("multipart/mixed"), type);
        String body = new String(read.body(), StandardCharsets.ISO_8859_1);
        assertTrue(body.contains("X-Experience-API-Hash: " + sha2), body);
        assertTrue(body.contains(new String(data, StandardCharsets.ISO_8859_1)), body);
        assertTrue(body.contains("\"id\":\"" + id + "\""), body);
    }

    HttpResponse<String> postMultipart(Map<String, Object> statement, String contentType, String sha2, byte[] data)
            throws Exception {
        String boundary = "proficio-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String json = new ObjectMapper().writeValueAsString(statement);
        body.write(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
                + "\r\nContent-Type: " + contentType + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: "
                + sha2 + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(data);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request("/xapi/statements").header("Content-Type", "multipart/mixed; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(ProficioDeployment.BASE_URL + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((source.key() + ":" + source.secret())
                        .getBytes(StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "1.0.3");
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
