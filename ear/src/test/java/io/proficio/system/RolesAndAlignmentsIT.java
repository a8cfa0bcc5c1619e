package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Role profiles with stages and dimensions; content alignments; their bad inputs. */
@ExtendWith(ArquillianExtension.class)
class RolesAndAlignmentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    /** The demo framework's tree in a new tenant. */
    private record Demo(Api admin, String frameworkId, String risk, String deal) {
        static Demo create() {
            Api admin = Api.newTenant();
            String framework = admin.importDemoFramework();
            JsonPath tree = admin.request().get("/api/v1/frameworks/" + framework).jsonPath();
            return new Demo(admin, framework, tree.getString("competencies[0].children[0].id"),
                    tree.getString("competencies[0].children[1].id"));
        }
    }

    private static Map<String, Object> stage(String name, Map<String, String> dimensions, Map<String, Object>... requirements) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("name", name);
        stage.put("dimensions", dimensions);
        stage.put("requirements", List.of(requirements));
        return stage;
    }

    private static Map<String, Object> requirement(String competencyId, int level) {
        return Map.of("competencyId", competencyId, "level", level);
    }

    @Test
    void createsReadsRedefinesAndDeletesARoleProfile() {
        Demo demo = Demo.create();
        Map<String, Object> role = Map.of("name", "Commercial Underwriter", "description", "Underwrites commercial lines",
                "stages", List.of(
                        stage("Underwriter I", Map.of("customer type", "small commercial", "autonomy", "referred"),
                                requirement(demo.risk(), 2)),
                        stage("Underwriter II", Map.of("customer type", "middle market", "autonomy", "within authority"),
                                requirement(demo.risk(), 3), requirement(demo.deal(), 2))));

        var created = demo.admin().request().body(role).post("/api/v1/roles").then().statusCode(201)
                .body("stages.name", contains("Underwriter I", "Underwriter II"))
                .body("stages.position", contains(1, 2))
                .body("stages[1].dimensions.autonomy", equalTo("within authority"))
                .body("stages[1].requirements.competencyId", hasItems(demo.risk(), demo.deal()))
                .extract();
        String id = created.path("id");
        String firstStageId = created.path("stages[0].id");

        demo.admin().request().get("/api/v1/roles/" + id).then().statusCode(200)
                .body("name", equalTo("Commercial Underwriter"));
        Map<String, Object> threeStages = Map.of("name", "Commercial Underwriter", "stages", List.of(
                stage("Underwriter I", Map.of(), requirement(demo.risk(), 2)),
                stage("Underwriter II", Map.of(), requirement(demo.risk(), 3)),
                stage("Senior Underwriter", Map.of("deal complexity", "multi-line"), requirement(demo.risk(), 4))));
        demo.admin().request().body(threeStages).put("/api/v1/roles/" + id).then().statusCode(200)
                .body("stages", hasSize(3))
                .body("stages[0].id", equalTo(firstStageId))
                .body("stages[1].requirements", hasSize(1))
                .body("stages[2].dimensions.'deal complexity'", equalTo("multi-line"));
        demo.admin().request().get("/api/v1/roles").then().body("id", contains(id));

        demo.admin().request().delete("/api/v1/roles/" + id).then().statusCode(204);
        demo.admin().request().get("/api/v1/roles/" + id).then().statusCode(404);
    }

    @Test
    void refusesRoleProfilesThatBreakTheRulesAndStoresNothing() {
        Demo demo = Demo.create();
        demo.admin().request().body(Map.of("name", "R", "stages", List.of(stage("S", Map.of(), requirement(demo.risk(), 6)))))
                .post("/api/v1/roles").then().statusCode(422)
                .body("code", equalTo("level-outside-scale"))
                .body("errors.pointer", hasItem("/stages/0/requirements/0/level"));
        demo.admin().request().body(Map.of("name", "R", "stages", List.of(stage("S", Map.of()), stage("s", Map.of()))))
                .post("/api/v1/roles").then().statusCode(422).body("errors.pointer", hasItem("/stages/1/name"));
        demo.admin().request().body(Map.of("name", "R", "stages", List.of())).post("/api/v1/roles").then()
                .statusCode(422).body("errors.pointer", hasItem("/stages"));
        demo.admin().request().body("{\"name\": \"R\", \"stages\": 5}").post("/api/v1/roles").then()
                .statusCode(400).body("code", equalTo("malformed-json"));
        demo.admin().request().get("/api/v1/roles").then().body("", empty());

        demo.admin().request().body(Map.of("name", "Dup", "stages", List.of(stage("S", Map.of()))))
                .post("/api/v1/roles").then().statusCode(201);
        demo.admin().request().body(Map.of("name", "dup", "stages", List.of(stage("S", Map.of()))))
                .post("/api/v1/roles").then().statusCode(409);
    }

    @Test
    void aScaleCannotDropALevelThatARoleRequires() {
        Demo demo = Demo.create();
        demo.admin().request().body(Map.of("name", "R", "stages", List.of(stage("S", Map.of(), requirement(demo.risk(), 4)))))
                .post("/api/v1/roles").then().statusCode(201);
        demo.admin().request()
                .body(Map.of("levels", List.of(Map.of("level", 1, "label", "Low"), Map.of("level", 2, "label", "High")),
                        "proficientLevel", 2))
                .put("/api/v1/frameworks/" + demo.frameworkId() + "/scale").then().statusCode(409);
        demo.admin().request().get("/api/v1/frameworks/" + demo.frameworkId() + "/scale").then().body("levels", hasSize(5));
    }

    @Test
    void tagsContentListsItBothWaysAndRetagsInsteadOfDuplicating() {
        Demo demo = Demo.create();
        String activity = "https://lms.example.com/xapi/activities/loss-runs-101";
        Map<String, Object> tag = Map.of("competencyId", demo.risk(), "level", 2,
                "content", Map.of("type", "xapi-activity", "ref", activity));
        String id = demo.admin().request().body(tag).post("/api/v1/alignments").then().statusCode(201)
                .body("content.ref", equalTo(activity)).extract().path("id");
        demo.admin().request().body(Map.of("competencyId", demo.risk(), "level", 3,
                        "content", Map.of("type", "xapi-activity", "ref", activity)))
                .post("/api/v1/alignments").then().statusCode(200).body("id", equalTo(id)).body("level", equalTo(3));
        demo.admin().request().body(Map.of("competencyId", demo.deal(), "level", 2,
                        "content", Map.of("type", "course", "ref", "https://lms.example.com/course/view.php?id=7")))
                .post("/api/v1/alignments").then().statusCode(201);

        demo.admin().request().queryParam("competencyId", demo.risk()).get("/api/v1/alignments").then()
                .body("id", contains(id));
        demo.admin().request().queryParam("contentType", "xapi-activity").queryParam("contentRef", activity)
                .get("/api/v1/alignments").then().body("competencyId", contains(demo.risk()));
        demo.admin().request().get("/api/v1/alignments").then().body("", hasSize(2));

        demo.admin().request().body(Map.of("competencyId", demo.risk(), "level", 4,
                        "content", Map.of("type", "xapi-activity-prefix", "ref", "https://lms.example.com/xapi/activities/")))
                .put("/api/v1/alignments/" + id).then().statusCode(200).body("content.type", equalTo("xapi-activity-prefix"));
        demo.admin().request().delete("/api/v1/alignments/" + id).then().statusCode(204);
        demo.admin().request().get("/api/v1/alignments/" + id).then().statusCode(404);
    }

    @Test
    void refusesBadAlignmentsSayingWhich() {
        Demo demo = Demo.create();
        record Case(Map<String, Object> body, String code, String pointer) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("competencyId", demo.risk(), "level", 2,
                        "content", Map.of("type", "xapi-activity", "ref", "not/absolute")), "invalid-request", "/content/ref"),
                new Case(Map.of("competencyId", demo.risk(), "level", 9,
                        "content", Map.of("type", "course", "ref", "c1")), "level-outside-scale", "/level"),
                new Case(Map.of("competencyId", demo.risk(), "level", 2,
                        "content", Map.of("type", "video", "ref", "c1")), "invalid-request", "/content/type"),
                new Case(Map.of("level", 2, "content", Map.of("type", "course", "ref", "c1")), "invalid-request",
                        "/competencyId"),
                new Case(Map.of("competencyId", "no-such-competency", "level", 2,
                        "content", Map.of("type", "course", "ref", "c1")), "unknown-reference", "/competencyId"));
        for (Case bad : cases) {
            demo.admin().request().body(bad.body()).post("/api/v1/alignments").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo(bad.code())).body("errors.pointer", hasItem(bad.pointer()));
        }
        demo.admin().request().get("/api/v1/alignments").then().body("", empty());
        demo.admin().request().queryParam("contentType", "video").get("/api/v1/alignments").then().statusCode(422);
    }
}
