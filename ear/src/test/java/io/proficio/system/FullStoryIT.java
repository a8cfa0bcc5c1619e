package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.proficio.testing.webhook.TestReceiver;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story the product exists for, end to end over HTTP: the performance-management system asks
 * for a certification in a plan item; the learner's course content sends xAPI statements; Proficio
 * awards the certification; the HR system's webhook receives {@code certification.awarded} with a
 * credential that verifies against the tool's published keys; the plan item is met; the feed shows both.
 */
@ExtendWith(ArquillianExtension.class)
class FullStoryIT {

    private static final String COURSE = "https://lms.example.com/courses/underwriting-101/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void aPlanItemForACertificationIsMetByLearningAndTheHrSystemIsTold() throws Exception {
        try (TestReceiver hrSystem = TestReceiver.start()) {
            PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
            Api admin = demo.admin();
            Api hr = admin.withScopes("integration");
            String secret = admin.request().body(Map.of("type", "webhook", "url", hrSystem.url(),
                            "eventTypes", List.of("certification.awarded", "plan_item.met")))
                    .post("/api/v1/destinations").then().statusCode(201).extract().path("secret");
            hrSystem.trusting(secret);
            for (String code : List.of("UW.RISK.1", "UW.RISK.2")) {
                admin.request().body(Map.of("competencyId", demo.competency().get(code), "level", 3, "content",
                                Map.of("type", "xapi-activity", "ref", COURSE + code)))
                        .post("/api/v1/alignments").then().statusCode(201);
            }
            String certification = admin.request().body(Map.of("name", "Risk assessment", "validForDays", 730,
                    "requirements", List.of(Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 3),
                            Map.of("competencyId", demo.competency().get("UW.RISK.2"), "level", 3))))
                    .post("/api/v1/certifications").then().statusCode(201).extract().path("id");
            String gabi = demo.person("Gabi Novak", "hr:E777", "mailto:gabi.novak@example.com");

            String planItem = hr.request().body(Map.of("externalId", "PP-2026-gabi-1", "personIdentifier", "hr:E777",
                            "target", Map.of("certificationId", certification),
                            "dueDate", LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString()))
                    .post("/api/v1/plan-items").then().statusCode(201).extract().path("id");

            XapiCredentials lrs = XapiCredentials.make(admin);
            List<Map<String, Object>> statements = List.of(passed("UW.RISK.1"), passed("UW.RISK.2"));
            lrs.request("1.0.3").body(statements).post("/statements").then().statusCode(200);

            List<TestReceiver.Received> got = hrSystem.await(r -> r.size() >= 2, Duration.ofSeconds(30));
            assertEquals(List.of("certification.awarded", "plan_item.met"), got.stream().map(TestReceiver.Received::type).toList());
            assertTrue(got.stream().allMatch(TestReceiver.Received::signatureValid));
            String credential = got.get(0).body().getJsonObject("data").getString("credential");
            SignedJWT jwt = SignedJWT.parse(credential);
            RSAKey key = (RSAKey) JWKSet.load(URI.create(ProficioDeployment.BASE_URL + "/lti/jwks").toURL())
                    .getKeyByKeyId(jwt.getHeader().getKeyID());
            assertTrue(jwt.verify(new RSASSAVerifier(key)), "the credential verifies with the published keys");
            assertEquals(gabi, got.get(1).body().getString("subject"));
            assertEquals("PP-2026-gabi-1", got.get(1).body().getJsonObject("data").getString("externalId"));

            hr.request().get("/api/v1/plan-items/" + planItem).then().body("status", equalTo("met"))
                    .body("progress", equalTo(1.0f));
            List<String> types = hr.request().get("/api/v1/events").then().statusCode(200).extract().jsonPath()
                    .getList("events.type");
            assertTrue(types.containsAll(List.of("certification.awarded", "plan_item.met")), types.toString());
            hr.request().get("/api/v1/people/" + gabi + "/certifications").then()
                    .body("status", contains("active")).body("credential", contains(credential));
        }
    }

    private static Map<String, Object> passed(String code) {
        return Map.of("id", UUID.randomUUID().toString(),
                "actor", Map.of("mbox", "mailto:Gabi.Novak@example.com", "name", "Gabi Novak"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/passed"),
                "object", Map.of("id", COURSE + code),
                "result", Map.of("success", true, "score", Map.of("scaled", 0.9)));
    }
}
