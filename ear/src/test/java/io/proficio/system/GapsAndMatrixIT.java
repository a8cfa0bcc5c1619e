package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.system.PeopleAndEvidenceIT.Demo;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Gaps to a role's stages, the content recommended to close them, and the skills matrix. */
@ExtendWith(ArquillianExtension.class)
class GapsAndMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    private static String role(Demo demo) {
        Map<String, String> c = demo.competency();
        return demo.admin().request().body(Map.of("name", "Commercial Underwriter", "stages", List.of(
                        Map.of("name", "Underwriter I", "requirements", List.of(
                                Map.of("competencyId", c.get("UW.RISK.1"), "level", 2),
                                Map.of("competencyId", c.get("REL.AGENCY"), "level", 2))),
                        Map.of("name", "Underwriter II", "requirements", List.of(
                                Map.of("competencyId", c.get("UW.RISK.1"), "level", 4),
                                Map.of("competencyId", c.get("UW.DEAL.1"), "level", 3))))))
                .post("/api/v1/roles").then().statusCode(201).extract().path("id");
    }

    private static String placed(Demo demo, String name, String role, Integer stage, String managerId) {
        var body = new java.util.HashMap<String, Object>(Map.of("name", name, "identifiers", List.of("hr:" + name),
                "roleId", role));
        if (stage != null) {
            body.put("stage", stage);
        }
        if (managerId != null) {
            body.put("managerId", managerId);
        }
        return demo.admin().request().body(body).post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    private static void align(Demo demo, String code, String type, String ref, int level) {
        demo.admin().request().body(Map.of("competencyId", demo.competency().get(code), "level", level,
                "content", Map.of("type", type, "ref", ref))).post("/api/v1/alignments").then().statusCode(201);
    }

    @Test
    void showsGapsToTheCurrentAndNextStage() {
        Demo demo = Demo.create();
        String role = role(demo);
        String person = placed(demo, "Una", role, 1, null);
        demo.evidence(person, "UW.RISK.1", 2, "g1", "2026-01-01T00:00:00Z");
        demo.evidence(person, "REL.AGENCY", 1, "g2", "2026-01-02T00:00:00Z");

        demo.admin().request().get("/api/v1/people/" + person + "/gaps").then().statusCode(200)
                .body("current.name", equalTo("Underwriter I"))
                .body("current.met", equalTo(false))
                .body("current.gaps.code", contains("REL.AGENCY", "UW.RISK.1"))
                .body("current.gaps.gap", contains(1, 0))
                .body("next.name", equalTo("Underwriter II"))
                .body("next.gaps.code", contains("UW.DEAL.1", "UW.RISK.1"))
                .body("next.gaps.current", contains(0, 2))
                .body("next.gaps.gap", contains(3, 2));

        String unplaced = demo.person("Vic", "hr:V");
        demo.admin().request().get("/api/v1/people/" + unplaced + "/gaps").then().statusCode(409)
                .body("code", equalTo("not-placed"));
        String topOfRole = placed(demo, "Wes", role, 2, null);
        demo.admin().request().get("/api/v1/people/" + topOfRole + "/gaps").then().body("next", nullValue());
    }

    @Test
    void recommendsContentAtTheNextLevelsAndLeavesOutWhatWasDone() {
        Demo demo = Demo.create();
        String person = placed(demo, "Xia", role(demo), 1, null);
        demo.evidence(person, "REL.AGENCY", 1, "x1", "2026-01-01T00:00:00Z");
        demo.evidence(person, "UW.RISK.1", 2, "x2", "2026-01-01T00:00:00Z");
        align(demo, "REL.AGENCY", "course", "https://lms.example.com/course/agency-basics", 2);
        align(demo, "REL.AGENCY", "course", "https://lms.example.com/course/agency-masterclass", 5);
        align(demo, "REL.AGENCY", "xapi-activity", "https://lms.example.com/xapi/agency-video", 2);
        align(demo, "REL.AGENCY", "xapi-activity-prefix", "https://lms.example.com/xapi/", 2);
        align(demo, "UW.RISK.1", "course", "https://lms.example.com/course/risk-101", 3);
        demo.admin().request().body(Map.of("personId", person, "competencyId", demo.competency().get("REL.AGENCY"),
                        "level", 1, "source", Map.of("kind", "xapi", "ref", "stmt-1"),
                        "content", Map.of("type", "xapi-activity", "ref", "https://lms.example.com/xapi/agency-video")))
                .post("/api/v1/evidence").then().statusCode(201);

        demo.admin().request().get("/api/v1/people/" + person + "/recommendations").then().statusCode(200)
                .body("content.ref", contains("https://lms.example.com/course/agency-basics"))
                .body("[0].reason", containsString("REL.AGENCY"));
    }

    @Test
    void theSkillsMatrixShowsATeamAsJsonAndCsv() {
        Demo demo = Demo.create();
        String role = role(demo);
        String manager = demo.person("Mo", "hr:MO");
        String a = placed(demo, "Ada", role, 1, manager);
        String b = placed(demo, "Bob, Jr.", role, 2, manager);
        demo.person("Outsider", "hr:OUT");
        demo.evidence(a, "UW.RISK.1", 3, "m1", "2026-01-01T00:00:00Z");
        demo.evidence(b, "REL.CUST", 4, "m2", "2026-01-01T00:00:00Z");

        var json = demo.admin().request().queryParam("managerId", manager).get("/api/v1/skills-matrix").then()
                .statusCode(200)
                .body("people.name", contains("Ada", "Bob, Jr."))
                .body("competencies.code", contains("UW", "UW.RISK", "UW.RISK.1", "REL", "REL.CUST"))
                .extract().jsonPath();
        assertEquals(3, json.getInt("people[0].levels['" + demo.competency().get("UW.RISK.1") + "']"));

        String csv = demo.admin().request().accept("text/csv").queryParam("managerId", manager)
                .get("/api/v1/skills-matrix").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("person_id,name,UW,UW.RISK,UW.RISK.1,REL,REL.CUST", lines.get(0));
        assertEquals(a + ",Ada,3,3,3,,", lines.get(1));
        assertEquals(b + ",\"Bob, Jr.\",,,,4,4", lines.get(2));

        String course = "https://lms.example.com/course/view.php?id=12";
        demo.admin().request().body(Map.of("course", course, "members", List.of(
                        Map.of("personId", b, "roles", List.of("Learner")), Map.of("personId", manager, "roles", List.of("Instructor")))))
                .put("/api/v1/course-rosters").then().statusCode(200).body("members", hasSize(2));
        demo.admin().request().queryParam("course", course).get("/api/v1/skills-matrix").then()
                .body("people.name", contains("Bob, Jr.", "Mo"));
        demo.admin().request().body(Map.of("course", course, "members", List.of(Map.of("personId", b))))
                .put("/api/v1/course-rosters").then().statusCode(200).body("members.personId", contains(b));
        demo.admin().request().body(Map.of("course", course, "members", List.of(Map.of("personId", "nobody"))))
                .put("/api/v1/course-rosters").then().statusCode(422).body("errors.pointer", contains("/members/0/personId"));
        demo.admin().request().queryParam("course", course).get("/api/v1/course-rosters").then()
                .body("members.personId", contains(b));

        String framework = demo.admin().request().get("/api/v1/frameworks").then().extract().path("[0].id");
        demo.admin().request().queryParam("frameworkId", framework).get("/api/v1/skills-matrix").then()
                .body("competencies", hasSize(12)).body("people", hasSize(4));
    }
}
