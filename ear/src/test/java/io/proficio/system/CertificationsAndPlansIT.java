package io.proficio.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Certifications, plan items and the event feed that reports them. */
@ExtendWith(ArquillianExtension.class)
class CertificationsAndPlansIT {

    private static final String NOW = "2026-01-15T10:00:00Z";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private static String certification(PeopleAndEvidenceIT.Demo demo, String name, Map<String, Integer> levels,
                                        Integer validForDays) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        levels.forEach((code, level) -> requirements.add(Map.of("competencyId", demo.competency().get(code), "level", level)));
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "requirements", requirements));
        if (validForDays != null) {
            body.put("validForDays", validForDays);
        }
        return demo.admin().request().body(body).post("/api/v1/certifications").then().statusCode(201)
                .extract().path("id");
    }

    private static JsonPath planItem(Api api, String externalId, String person, Map<String, Object> target, int status) {
        return api.request().body(Map.of("externalId", externalId, "personIdentifier", person, "target", target,
                        "dueDate", inDays(90), "reviewCycle", "2026-H1"))
                .post("/api/v1/plan-items").then().statusCode(status).extract().jsonPath();
    }

    /** Every event of the tenant, following the cursor one page of {@code limit} at a time. */
    private static List<Map<String, Object>> feed(Api api, int limit) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = null;
        while (true) {
            var request = api.request().queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("events");
            if (got.isEmpty()) {
                assertEquals(after == null ? "0" : after, page.getString("next"), "an empty page keeps the cursor");
                return events;
            }
            events.addAll(got);
            after = page.getString("next");
        }
    }

    private static List<String> types(List<Map<String, Object>> events) {
        return events.stream().map(e -> (String) e.get("type")).toList();
    }

    /** The types in order, leaving out proficiency events (their order among competencies is not fixed). */
    private static List<String> withoutProficiency(List<Map<String, Object>> events) {
        return types(events).stream().filter(type -> !type.startsWith("proficiency.")).toList();
    }

    /** The competencies of the events of this type. */
    @SuppressWarnings("unchecked")
    private static List<String> achieved(List<Map<String, Object>> events, String type) {
        return events.stream().filter(e -> e.get("type").equals(type))
                .map(e -> (String) ((Map<String, Object>) ((Map<String, Object>) e.get("data")).get("competency")).get("id"))
                .toList();
    }

    @Test
    void aPlanItemIsMetWhenTheCertificationIsAwardedAndTheFeedReportsEachStep() throws Exception {
        PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
        Api hr = demo.admin().withScopes("integration");
        String sam = demo.person("Sam Field", "hr:E100", "mailto:sam@example.com");
        String certification = certification(demo, "Commercial underwriting", Map.of("UW.RISK.1", 3, "UW.RISK.2", 3), 365);

        JsonPath earn = planItem(hr, "goal-1", "hr:E100", Map.of("certificationId", certification), 201);
        assertEquals("not_started", earn.getString("status"));
        assertEquals(0.0f, earn.getFloat("progress"));
        JsonPath again = planItem(hr, "goal-1", "mailto:sam@example.com", Map.of("certificationId", certification), 200);
        assertEquals(earn.getString("id"), again.getString("id"), "the same externalId is the same plan item");
        String level = planItem(hr, "goal-2", "hr:E100",
                Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 4), 201).getString("id");

        String first = demo.evidence(sam, "UW.RISK.1", 3, "exam-1", NOW);
        hr.request().get("/api/v1/plan-items/" + earn.getString("id")).then().statusCode(200)
                .body("status", equalTo("in_progress")).body("progress", equalTo(0.5f));
        hr.request().get("/api/v1/plan-items/" + level).then().body("progress", equalTo(0.75f));

        String second = demo.evidence(sam, "UW.RISK.2", 4, "exam-2", NOW);
        JsonPath awards = hr.request().get("/api/v1/people/" + sam + "/certifications").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("active"), awards.getList("status"));
        assertEquals(List.of(certification), awards.getList("certificationId"));
        assertEquals(Set.of(first, second), Set.copyOf(awards.getList("evidence[0]", String.class)));
        assertTrue(awards.getString("expiresAt[0]").startsWith(LocalDate.now(ZoneOffset.UTC).plusDays(365).toString()));
        hr.request().queryParam("personId", sam).get("/api/v1/plan-items").then().statusCode(200)
                .body("externalId", contains("goal-1", "goal-2"))
                .body("status", contains("met", "in_progress"));

        List<Map<String, Object>> events = feed(hr, 2);
        assertEquals(List.of("plan_item.progress", "plan_item.progress", "certification.awarded", "plan_item.met"),
                withoutProficiency(events));
        assertTrue(achieved(events, "proficiency.achieved").containsAll(
                List.of(demo.competency().get("UW.RISK.1"), demo.competency().get("UW.RISK.2"))));
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> event = events.get(i);
            assertEquals(sam, event.get("subject"));
            assertEquals(i + 1, ((Number) event.get("sequence")).intValue(), "sequence per person, from 1");
        }
        Map<String, Object> awarded = events.stream().filter(e -> e.get("type").equals("certification.awarded"))
                .findFirst().orElseThrow();
        JsonPath data = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(awarded).toString());
        assertEquals(certification, data.getString("data.certification.id"));
        assertEquals(Set.of(first, second), Set.copyOf(data.getList("data.evidence", String.class)));
        assertTrue(data.getList("data.person.identifiers").contains("hr:E100"));

        List<String> awardRows = hr.request().accept("text/csv").get("/api/v1/exports/certifications.csv").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asString()
                .lines().toList();
        assertEquals(2, awardRows.size());
        assertTrue(awardRows.get(0).startsWith("person_id,person_name,person_identifiers,certification_id"));
        assertTrue(awardRows.get(1).startsWith(sam + ",Sam Field,") && awardRows.get(1).contains("hr:E100")
                && awardRows.get(1).contains(",Commercial underwriting,1,active,"), awardRows.get(1));
        List<String> planRows = hr.request().accept("text/csv").get("/api/v1/exports/plan-items.csv").then()
                .statusCode(200).extract().asString().lines().toList();
        assertEquals(3, planRows.size());
        assertTrue(planRows.get(1).startsWith("goal-1," + sam) && planRows.get(1).contains(",met,1.0000,"), planRows.get(1));

        String credential = awards.getString("credential[0]");
        assertEquals(credential, data.getString("data.credential"), "the event carries the signed credential");
        verifiesWithThePublishedKeySet(credential, certification, demo.admin());

        demo.admin().request().body(Map.of("reason", "exam annulled")).post("/api/v1/evidence/" + second + "/retract")
                .then().statusCode(200);
        verification(credential).body("verified", equalTo(false)).body("status", equalTo("revoked"));
        hr.request().get("/api/v1/people/" + sam + "/certifications").then()
                .body("status", contains("revoked")).body("revokedReason[0]", notNullValue());
        hr.request().get("/api/v1/plan-items/" + earn.getString("id")).then().body("status", equalTo("met"));
        List<Map<String, Object>> all = feed(hr, 100);
        List<Map<String, Object>> after = all.subList(events.size(), all.size());
        assertEquals(List.of("certification.revoked"), withoutProficiency(after));
        assertTrue(achieved(after, "proficiency.lost").contains(demo.competency().get("UW.RISK.2")));
    }

    /** The credential as any verifier checks it: the tool's published key set, and the public verify endpoint. */
    private static void verifiesWithThePublishedKeySet(String credential, String certification, Api admin) throws Exception {
        SignedJWT jwt = SignedJWT.parse(credential);
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        JWKSet published = JWKSet.load(URI.create(ProficioDeployment.BASE_URL + "/lti/jwks").toURL());
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(key)), "signed with a key of /lti/jwks");

        JsonPath vc = JsonPath.from(jwt.getPayload().toString());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.getList("type"));
        assertEquals("https://www.w3.org/ns/credentials/v2", vc.getString("'@context'[0]"));
        assertEquals(vc.getString("issuer.id"), jwt.getJWTClaimsSet().getIssuer());
        assertEquals(vc.getString("id"), jwt.getJWTClaimsSet().getJWTID());
        assertEquals(vc.getString("credentialSubject.id"), jwt.getJWTClaimsSet().getSubject());
        assertTrue(jwt.getJWTClaimsSet().getNotBeforeTime() != null && jwt.getJWTClaimsSet().getExpirationTime() != null);
        assertEquals("Commercial underwriting", vc.getString("credentialSubject.achievement.name"));
        assertEquals(List.of("CFItem", "CFItem"), vc.getList("credentialSubject.achievement.alignment.targetType"));
        assertTrue(vc.getList("credentialSubject.achievement.alignment.targetUrl").contains(
                "https://case.example.org/underwriting/uri/5dce4723-47cd-5092-b434-10e7324f6015"), "the CASE CFItem URI");
        assertEquals("emailAddress", vc.getString("credentialSubject.identifier[0].identityType"));
        assertTrue(vc.getString("credentialSubject.identifier[0].identityHash").startsWith("sha256$"));

        verification(credential).body("verified", equalTo(true)).body("status", equalTo("active"))
                .body("checks.passed", everyItem(equalTo(true)));
        given().baseUri(ProficioDeployment.BASE_URL).get(URI.create(vc.getString("issuer.id")).getPath()).then()
                .statusCode(200).body("type", contains("Profile")).body("id", equalTo(vc.getString("issuer.id")));
        String forged = credential.substring(0, credential.lastIndexOf('.') + 1) + "AAAA";
        verification(forged).body("verified", equalTo(false)).body("checks.find { it.check == 'signature' }.passed",
                equalTo(false));
    }

    /** The public verify endpoint, called without a token. */
    private static io.restassured.response.ValidatableResponse verification(String credential) {
        return given().baseUri(ProficioDeployment.BASE_URL).contentType("application/json")
                .body(Map.of("credential", credential)).post("/api/v1/credentials/verify").then().statusCode(200);
    }

    @Test
    void refusesBadPlanItemsAndStoresNothing() {
        PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
        Api hr = demo.admin().withScopes("integration");
        demo.person("Kim Lee", "hr:E200");
        String certification = certification(demo, "Claims basics", Map.of("UW.RISK.1", 2), null);
        String risk = demo.competency().get("UW.RISK.1");

        record Bad(Map<String, Object> body, String pointer) {
        }
        List<Bad> bad = List.of(
                new Bad(Map.of("externalId", "x", "personIdentifier", "hr:E999",
                        "target", Map.of("certificationId", certification), "dueDate", inDays(30)), "/personIdentifier"),
                new Bad(Map.of("externalId", "x", "personIdentifier", "hr:E200",
                        "target", Map.of("certificationId", "no-such-certification"), "dueDate", inDays(30)),
                        "/target/certificationId"),
                new Bad(Map.of("externalId", "x", "personIdentifier", "hr:E200",
                        "target", Map.of("certificationId", certification), "dueDate", inDays(-1)), "/dueDate"),
                new Bad(Map.of("externalId", "x", "personIdentifier", "hr:E200",
                        "target", Map.of("competencyId", risk, "level", 9), "dueDate", inDays(30)), "/target/level"),
                new Bad(Map.of("externalId", "x", "personIdentifier", "hr:E200", "dueDate", inDays(30)), "/target"),
                new Bad(Map.of("externalId", "x", "personIdentifier", "hr:E200",
                        "target", Map.of("competencyId", risk, "level", 2), "dueDate", "next spring"), "/dueDate"),
                new Bad(Map.of("personIdentifier", "hr:E200",
                        "target", Map.of("competencyId", risk, "level", 2), "dueDate", inDays(30)), "/externalId"));
        for (Bad b : bad) {
            hr.request().body(b.body()).post("/api/v1/plan-items").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.pointer", hasItem(b.pointer()));
        }
        hr.request().get("/api/v1/plan-items").then().statusCode(200).body("", empty());
        hr.request().get("/api/v1/events").then().statusCode(200).body("events", empty());
    }

    @Test
    void refusesCertificationsWithUnknownCompetenciesOrLevelsOffTheScale() {
        PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();

        demo.admin().request().body(Map.of("name", "Broken", "requirements", List.of(
                        Map.of("competencyId", "nope", "level", 2),
                        Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 7),
                        Map.of("roleId", "no-role", "stage", 1)), "validForDays", 30, "renewalWindowDays", 40))
                .post("/api/v1/certifications").then().statusCode(422)
                .body("errors.pointer", contains("/requirements/0/competencyId", "/requirements/1/level",
                        "/requirements/2/roleId", "/renewalWindowDays"));
        demo.admin().request().body(Map.of("name", "Empty", "requirements", List.of()))
                .post("/api/v1/certifications").then().statusCode(422);
        demo.admin().request().get("/api/v1/certifications").then().body("", empty());
        demo.admin().withScopes("integration").request().body(Map.of("name", "Not yours", "requirements",
                        List.of(Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 2))))
                .post("/api/v1/certifications").then().statusCode(403);
    }

    @Test
    void aNewVersionOfTheRequirementsLeavesEarlierAwardsStanding() {
        PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
        String ana = demo.person("Ana Ruiz", "hr:E300");
        String certification = certification(demo, "Risk foundations", Map.of("UW.RISK.1", 3), null);
        demo.evidence(ana, "UW.RISK.1", 3, "exam-9", NOW);

        demo.admin().request().body(Map.of("name", "Risk foundations", "requirements",
                        List.of(Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 5))))
                .put("/api/v1/certifications/" + certification).then().statusCode(200).body("version", equalTo(2));
        demo.admin().request().get("/api/v1/certifications/" + certification + "/versions").then()
                .body("version", contains(1, 2)).body("requirements[1].level", contains(5));
        demo.evidence(ana, "UW.RISK.2", 4, "exam-10", NOW);

        demo.admin().request().get("/api/v1/people/" + ana + "/certifications").then()
                .body("status", contains("active")).body("version", contains(1)).body("expiresAt", contains((Object) null));
        // Saying the same again makes no version.
        demo.admin().request().body(Map.of("name", "Risk foundations", "description", "Renamed only", "requirements",
                        List.of(Map.of("competencyId", demo.competency().get("UW.RISK.1"), "level", 5))))
                .put("/api/v1/certifications/" + certification).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void theFeedIsTheTenantsOwnAndItsCursorIsChecked() {
        PeopleAndEvidenceIT.Demo demo = PeopleAndEvidenceIT.Demo.create();
        String lee = demo.person("Lee Chan", "hr:E400");
        demo.evidence(lee, "UW.RISK.1", 4, "exam-20", NOW);
        demo.evidence(lee, "UW.RISK.2", 4, "exam-21", NOW);

        List<Map<String, Object>> onePerPage = feed(demo.admin(), 1);
        List<Map<String, Object>> all = feed(demo.admin(), 100);
        assertEquals(all, onePerPage);
        assertTrue(all.size() >= 2, "both levels, and any roll-up they lift");
        assertEquals(List.of("proficiency.achieved"), types(all).stream().distinct().toList());

        PeopleAndEvidenceIT.Demo other = PeopleAndEvidenceIT.Demo.create();
        other.admin().request().get("/api/v1/events").then().statusCode(200).body("events", hasSize(0));
        demo.admin().request().queryParam("after", "yesterday").get("/api/v1/events").then().statusCode(422)
                .body("errors.pointer", contains("/after"));
    }
}
