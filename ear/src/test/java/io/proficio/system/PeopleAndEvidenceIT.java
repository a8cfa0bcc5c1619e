package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People and identifiers, the evidence ledger, and proficiency derived from it. */
@ExtendWith(ArquillianExtension.class)
class PeopleAndEvidenceIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    /** A tenant with the demo framework; competency ids by code. */
    record Demo(Api admin, Map<String, String> competency) {
        static Demo create() {
            Api admin = Api.newTenant();
            String framework = admin.importDemoFramework();
            Map<String, String> byCode = new HashMap<>();
            JsonPath tree = admin.request().queryParam("frameworkId", framework).queryParam("limit", 200)
                    .get("/api/v1/competencies").jsonPath();
            List<String> codes = tree.getList("code");
            List<String> ids = tree.getList("id");
            for (int i = 0; i < codes.size(); i++) {
                byCode.put(codes.get(i), ids.get(i));
            }
            return new Demo(admin, byCode);
        }

        String person(String name, String... identifiers) {
            return admin.request().body(Map.of("name", name, "identifiers", List.of(identifiers)))
                    .post("/api/v1/people").then().statusCode(201).extract().path("id");
        }

        String evidence(String person, String code, int level, String ref, String observedAt) {
            return admin.request().body(Map.of("personId", person, "competencyId", competency.get(code), "level", level,
                            "source", Map.of("kind", "assessment", "ref", ref), "observedAt", observedAt))
                    .post("/api/v1/evidence").then().statusCode(201).extract().path("id");
        }

        JsonPath proficiencies(String person) {
            return admin.request().get("/api/v1/people/" + person + "/proficiencies").then().statusCode(200)
                    .extract().jsonPath();
        }
    }

    @Test
    void findsAPersonByAnyOfTheirIdentifiers() throws Exception {
        Demo demo = Demo.create();
        String id = demo.person("Jo Doe", "mailto:Jo.Doe@Example.com", "hr:E123",
                "lti:https://canvas.instructure.com|7f3a-9c", "account:https://lms.example.com|jdoe");
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest("mailto:jo.doe@example.com".getBytes(StandardCharsets.UTF_8)));
        for (String identifier : List.of("mailto:jo.doe@example.com", "hr:E123", "mbox_sha1sum:" + sha1,
                "lti:https://canvas.instructure.com|7f3a-9c", "account:https://lms.example.com|jdoe")) {
            demo.admin().request().queryParam("identifier", identifier).get("/api/v1/people").then()
                    .statusCode(200).body("id", contains(id));
        }
        demo.admin().request().queryParam("identifier", "hr:E999").get("/api/v1/people").then().body("", empty());
        demo.admin().request().body(Map.of("name", "Someone else", "identifiers", List.of("hr:E123")))
                .post("/api/v1/people").then().statusCode(409);
        demo.admin().request().body(Map.of("name", "Bad", "identifiers", List.of("skype:jo")))
                .post("/api/v1/people").then().statusCode(422).body("errors.pointer", hasItem("/identifiers/0"));
        Api.newTenant().request().queryParam("identifier", "hr:E123").get("/api/v1/people").then().body("", empty());
    }

    @Test
    void theSameEvidenceRecordedTwiceCountsOnce() {
        Demo demo = Demo.create();
        String person = demo.person("Ann", "hr:A1");
        Map<String, Object> body = Map.of("personId", person, "competencyId", demo.competency().get("UW.RISK.1"),
                "scaledScore", 0.5, "source", Map.of("kind", "lms-score", "ref", "course-7|quiz-3|attempt-1"));
        String id = demo.admin().request().body(body).post("/api/v1/evidence").then().statusCode(201)
                .body("level", equalTo(3)).extract().path("id");
        demo.admin().request().body(body).post("/api/v1/evidence").then().statusCode(200).body("id", equalTo(id));
        demo.admin().request().get("/api/v1/people/" + person + "/evidence").then().body("id", contains(id));
    }

    @Test
    void retractionTakesEvidenceOutOfTheProficiencyAndKeepsItInTheLedger() {
        Demo demo = Demo.create();
        String person = demo.person("Ben", "hr:B1");
        String early = demo.evidence(person, "UW.RISK.1", 2, "exam-1", "2026-01-10T10:00:00Z");
        String late = demo.evidence(person, "UW.RISK.1", 4, "exam-2", "2026-03-10T10:00:00Z");
        JsonPath before = demo.proficiencies(person);
        assertEquals(4, (int) before.getInt("find { it.code == 'UW.RISK.1' }.level"));
        assertEquals(List.of(late), before.getList("find { it.code == 'UW.RISK.1' }.basis"));

        demo.admin().request().body(Map.of("reason", "statement voided")).post("/api/v1/evidence/" + late + "/retract")
                .then().statusCode(200).body("retractionReason", equalTo("statement voided"));
        JsonPath after = demo.proficiencies(person);
        assertEquals(2, (int) after.getInt("find { it.code == 'UW.RISK.1' }.level"));
        assertEquals(List.of(early), after.getList("find { it.code == 'UW.RISK.1' }.basis"));
        demo.admin().request().get("/api/v1/people/" + person + "/evidence").then().body("id", contains(early));
        demo.admin().request().queryParam("includeRetracted", true).get("/api/v1/people/" + person + "/evidence")
                .then().body("", hasSize(2));
    }

    @Test
    void childEvidenceRollsUpToParentsWithoutTheirOwn() {
        Demo demo = Demo.create();
        String person = demo.person("Cy", "hr:C1");
        String one = demo.evidence(person, "UW.RISK.1", 3, "r1", "2026-02-01T00:00:00Z");
        String two = demo.evidence(person, "UW.RISK.2", 5, "r2", "2026-02-02T00:00:00Z");
        JsonPath levels = demo.proficiencies(person);
        assertEquals(4, (int) levels.getInt("find { it.code == 'UW.RISK' }.level"));
        assertEquals(true, levels.getBoolean("find { it.code == 'UW.RISK' }.rolledUp"));
        assertEquals(List.of(one, two), levels.getList("find { it.code == 'UW.RISK' }.basis"));
        assertEquals(4, (int) levels.getInt("find { it.code == 'UW' }.level"));

        demo.evidence(person, "UW.RISK", 2, "r3", "2026-02-03T00:00:00Z");
        assertEquals(false, demo.proficiencies(person).getBoolean("find { it.code == 'UW.RISK' }.rolledUp"));
        assertEquals(2, (int) demo.proficiencies(person).getInt("find { it.code == 'UW' }.level"));
    }

    @Test
    void onlyTheirManagerRatesAPersonAndUnderManagerConfirmsTheRatingSettles() {
        Demo demo = Demo.create();
        String manager = demo.person("Mia Manager", "hr:M1");
        String report = demo.admin().request().body(Map.of("name", "Rae Report", "identifiers", List.of("hr:R1"),
                "managerId", manager)).post("/api/v1/people").then().statusCode(201).extract().path("id");
        String other = demo.person("Otto Other", "hr:O1");
        demo.admin().request().body(Map.of("policy", "manager-confirms", "rollUp", "average"))
                .put("/api/v1/settings/proficiency").then().statusCode(200).body("policy", equalTo("manager-confirms"));
        String risk = demo.competency().get("UW.RISK.1");

        demo.admin().request().body(Map.of("competencyId", risk, "level", 4))
                .post("/api/v1/people/" + report + "/self-ratings").then().statusCode(201);
        assertEquals(true, demo.proficiencies(report).getBoolean("find { it.code == 'UW.RISK.1' }.provisional"));

        demo.admin().request().body(Map.of("managerId", manager, "competencyId", risk, "level", 3))
                .post("/api/v1/people/" + report + "/manager-ratings").then().statusCode(201);
        JsonPath settled = demo.proficiencies(report);
        assertEquals(3, (int) settled.getInt("find { it.code == 'UW.RISK.1' }.level"));
        assertEquals(false, settled.getBoolean("find { it.code == 'UW.RISK.1' }.provisional"));

        demo.admin().request().body(Map.of("managerId", manager, "competencyId", risk, "level", 3))
                .post("/api/v1/people/" + other + "/manager-ratings").then().statusCode(403)
                .body("code", equalTo("not-their-report"));
        demo.admin().request().get("/api/v1/people/" + other + "/evidence").then().body("", empty());
        demo.admin().request().get("/api/v1/people/" + manager + "/reports").then().body("id", contains(report));
    }

    @Test
    void refusesBadEvidenceSayingWhereAndStoresNothing() {
        Demo demo = Demo.create();
        String person = demo.person("Di", "hr:D1");
        String risk = demo.competency().get("UW.RISK.1");
        String otherTenantsCompetency = Demo.create().competency().get("UW.RISK.1");
        record Case(Map<String, Object> body, String code, String pointer) {
        }
        Map<String, Object> source = Map.of("kind", "assessment", "ref", "x");
        List<Case> cases = List.of(
                new Case(Map.of("personId", "nobody", "competencyId", risk, "level", 2, "source", source),
                        "unknown-reference", "/personId"),
                new Case(Map.of("personId", person, "competencyId", otherTenantsCompetency, "level", 2, "source", source),
                        "unknown-reference", "/competencyId"),
                new Case(Map.of("personId", person, "competencyId", risk, "level", 9, "source", source),
                        "level-outside-scale", "/level"),
                new Case(Map.of("personId", person, "competencyId", risk, "scaledScore", 1.5, "source", source),
                        "invalid-request", "/scaledScore"),
                new Case(Map.of("personId", person, "competencyId", risk, "level", 2, "scaledScore", 0.5, "source", source),
                        "invalid-request", "/level"),
                new Case(Map.of("personId", person, "competencyId", risk, "level", 2,
                        "source", Map.of("kind", "rumour", "ref", "x")), "invalid-request", "/source/kind"));
        for (Case bad : cases) {
            demo.admin().request().body(bad.body()).post("/api/v1/evidence").then().statusCode(422)
                    .body("errors.pointer", hasItem(bad.pointer()));
        }
        demo.admin().request().get("/api/v1/people/" + person + "/evidence").then().body("", empty());
        demo.admin().request().get("/api/v1/people/" + person + "/proficiencies").then().body("", empty());
    }

    @Test
    void aBatchIsRecordedWholeOrNotAtAll() {
        Demo demo = Demo.create();
        String person = demo.person("Eve", "hr:EVE");
        Map<String, Object> good = Map.of("personId", person, "competencyId", demo.competency().get("UW.DEAL.1"),
                "level", 3, "source", Map.of("kind", "import", "ref", "hris-2025-rating-1"));
        Map<String, Object> bad = Map.of("personId", person, "competencyId", demo.competency().get("UW.DEAL.2"),
                "level", 7, "source", Map.of("kind", "import", "ref", "hris-2025-rating-2"));
        demo.admin().request().body(List.of(good, bad)).post("/api/v1/evidence/batch").then().statusCode(422)
                .body("errors.pointer", contains("/1/level"));
        demo.admin().request().get("/api/v1/people/" + person + "/evidence").then().body("", empty());

        Map<String, Object> fixed = Map.of("personId", person, "competencyId", demo.competency().get("UW.DEAL.2"),
                "level", 5, "source", Map.of("kind", "import", "ref", "hris-2025-rating-2"));
        demo.admin().request().body(List.of(good, fixed)).post("/api/v1/evidence/batch").then().statusCode(200)
                .body("created", equalTo(2)).body("existing", equalTo(0));
        demo.admin().request().body(List.of(good, fixed)).post("/api/v1/evidence/batch").then().statusCode(200)
                .body("created", equalTo(0)).body("existing", equalTo(2));
        assertEquals(4, (int) demo.proficiencies(person).getInt("find { it.code == 'UW.DEAL' }.level"));
        demo.admin().request().post("/api/v1/proficiencies/recompute").then().statusCode(200).body("people", equalTo(1));
        assertEquals(4, (int) demo.proficiencies(person).getInt("find { it.code == 'UW.DEAL' }.level"));
    }

    @Test
    void mergingTwoRecordsOfOnePersonKeepsAllEvidence() {
        Demo demo = Demo.create();
        String fromLms = demo.person("J. Smith", "lti:https://moodle.example.com|42");
        String fromHr = demo.person("Jane Smith", "hr:E77", "mailto:jane@example.com");
        String a = demo.evidence(fromLms, "REL.AGENCY", 2, "m1", "2026-01-01T00:00:00Z");
        String b = demo.evidence(fromHr, "REL.CUST", 3, "m2", "2026-01-02T00:00:00Z");

        demo.admin().request().body(Map.of("personId", fromLms)).post("/api/v1/people/" + fromHr + "/merge")
                .then().statusCode(200).body("id", equalTo(fromHr));
        demo.admin().request().queryParam("identifier", "lti:https://moodle.example.com|42").get("/api/v1/people")
                .then().body("id", contains(fromHr));
        demo.admin().request().get("/api/v1/people/" + fromLms).then().body("id", equalTo(fromHr));
        demo.admin().request().get("/api/v1/people/" + fromHr + "/evidence").then().body("id", hasItem(a))
                .body("id", hasItem(b));
        JsonPath levels = demo.proficiencies(fromHr);
        assertEquals(2, (int) levels.getInt("find { it.code == 'REL.AGENCY' }.level"));
        assertEquals(3, (int) levels.getInt("find { it.code == 'REL.CUST' }.level"));
    }

    @Test
    void incrementalProficiencyEqualsAFullRecomputeFromTheLedger() {
        Demo demo = Demo.create();
        Random random = new Random(20261122L);
        List<String> codes = new ArrayList<>(demo.competency().keySet());
        List<String> people = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            people.add(demo.person("Person " + p, "hr:GEN-" + p));
        }
        List<String> recorded = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int batch = 0; batch < 6; batch++) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                entries.add(Map.of("personId", people.get(random.nextInt(people.size())),
                        "competencyId", demo.competency().get(codes.get(random.nextInt(codes.size()))),
                        "level", 1 + random.nextInt(5), "source", Map.of("kind", "import", "ref", "batch-" + batch + "-" + i),
                        "observedAt", start.plusSeconds(random.nextInt(365 * 86_400)).toString()));
            }
            recorded.addAll(demo.admin().request().body(entries).post("/api/v1/evidence/batch").then().statusCode(200)
                    .body("created", equalTo(400)).extract().<List<String>>path("ids"));
        }
        for (int i = 0; i < 200; i++) {
            String person = people.get(random.nextInt(people.size()));
            String code = codes.get(random.nextInt(codes.size()));
            String observed = start.plusSeconds(random.nextInt(365 * 86_400)).toString();
            recorded.add(demo.evidence(person, code, 1 + random.nextInt(5), "gen-" + i, observed));
            if (i % 4 == 3) {
                demo.admin().request().body(Map.of("reason", "generated"))
                        .post("/api/v1/evidence/" + recorded.get(random.nextInt(recorded.size())) + "/retract")
                        .then().statusCode(200);
            }
        }
        for (String policy : List.of("latest", "recency-weighted:P60D")) {
            Map<String, String> incremental = new HashMap<>();
            people.forEach(person -> incremental.put(person, levels(demo, person)));
            demo.admin().request().body(Map.of("policy", policy, "rollUp", "average"))
                    .put("/api/v1/settings/proficiency").then().statusCode(200);
            if (policy.equals("latest")) {
                people.forEach(person -> assertEquals(incremental.get(person), levels(demo, person),
                        "incremental result equals a full recompute for " + person));
            }
            demo.evidence(people.get(0), "AUT", 5, "after-" + policy, "2026-06-01T00:00:00Z");
            String afterIncrement = levels(demo, people.get(0));
            demo.admin().request().post("/api/v1/people/" + people.get(0) + "/proficiencies/recompute").then().statusCode(200);
            assertEquals(afterIncrement, levels(demo, people.get(0)));
        }
    }

    private static String levels(Demo demo, String person) {
        JsonPath levels = demo.proficiencies(person);
        List<String> codes = levels.getList("code");
        List<Integer> values = levels.getList("level");
        List<Boolean> rolled = levels.getList("rolledUp");
        List<List<String>> basis = levels.getList("basis");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            text.append(codes.get(i)).append('=').append(values.get(i)).append(rolled.get(i) ? "r" : "")
                    .append(basis.get(i)).append(';');
        }
        return text.toString();
    }
}
