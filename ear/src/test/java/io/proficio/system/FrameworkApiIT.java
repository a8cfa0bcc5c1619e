package io.proficio.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing, browsing, exporting and re-importing CASE frameworks; the scale; bad packages. */
@ExtendWith(ArquillianExtension.class)
class FrameworkApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void importsTheDemoFrameworkAndShowsItsTree() {
        Api admin = Api.newTenant();
        var created = admin.importFramework(Api.demoPackage()).then()
                .statusCode(201)
                .body("title", equalTo("Commercial Insurance Underwriter Competencies"))
                .body("competencyCount", equalTo(12))
                .extract();
        String id = created.path("id");
        assertEquals(ProficioDeployment.BASE_URL + "/api/v1/frameworks/" + id, created.header("Location"));

        admin.request().get("/api/v1/frameworks/" + id).then()
                .statusCode(200)
                .body("identifier", equalTo("e30cec07-9be7-5ac5-9762-aba852e075d6"))
                .body("competencies.code", contains("UW", "REL", "AUT"))
                .body("competencies[0].children.code", contains("UW.RISK", "UW.DEAL", "UW.SPEC"))
                .body("competencies[0].children[0].children.code", contains("UW.RISK.1", "UW.RISK.2"))
                .body("competencies[1].children.code", contains("REL.AGENCY", "REL.CUST"));
    }

    @Test
    void exportsWhatWasImportedAndReimportingTheExportChangesNothing() {
        Api admin = Api.newTenant();
        String id = admin.importDemoFramework();
        String before = admin.request().get("/api/v1/frameworks/" + id).asString();

        String exported = admin.request().get("/api/v1/frameworks/" + id + "?format=case").then()
                .statusCode(200).extract().asString();
        assertEquals(json(Api.demoPackage()), json(exported), "the export is the package as imported");

        admin.importFramework(exported).then().statusCode(200).body("id", equalTo(id));
        String after = admin.request().get("/api/v1/frameworks/" + id).asString();
        assertEquals(withoutTimes(before), withoutTimes(after), "import(export(x)) is the same framework");
        admin.request().get("/api/v1/frameworks").then().body("", hasSize(1));
    }

    @Test
    void reimportUpdatesInPlaceKeepsCompetencyIdsAndRetiresWhatIsGone() {
        Api admin = Api.newTenant();
        String id = admin.importDemoFramework();
        JsonPath tree = admin.request().get("/api/v1/frameworks/" + id).jsonPath();
        String riskId = tree.getString("competencies[0].children[0].id");
        String autonomyId = tree.getString("competencies[2].id");

        JsonObject demo = json(Api.demoPackage());
        JsonArray items = demo.getJsonArray("CFItems");
        var changedItems = Json.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            if ("AUT".equals(item.getString("humanCodingScheme"))) {
                continue; // AUT is dropped from the new version
            }
            changedItems.add("UW.RISK".equals(item.getString("humanCodingScheme"))
                    ? Json.createObjectBuilder(item).add("fullStatement", "Assess and price risk (v2)").build() : item);
        }
        var changedAssociations = Json.createArrayBuilder();
        demo.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.getJsonObject("originNodeURI").getString("title").startsWith("Works autonomously"))
                .forEach(changedAssociations::add);
        JsonObjectBuilder v2 = Json.createObjectBuilder(demo).add("CFItems", changedItems)
                .add("CFAssociations", changedAssociations);

        admin.importFramework(v2.build().toString()).then().statusCode(200).body("id", equalTo(id))
                .body("competencyCount", equalTo(11));
        admin.request().get("/api/v1/frameworks/" + id).then()
                .body("competencies.code", contains("UW", "REL"))
                .body("competencies[0].children[0].id", equalTo(riskId))
                .body("competencies[0].children[0].statement", equalTo("Assess and price risk (v2)"));
        admin.request().get("/api/v1/frameworks").then().body("", hasSize(1));
        // A retired competency keeps its id, so what refers to it stays valid.
        admin.request().get("/api/v1/competencies/" + autonomyId).then().statusCode(200).body("code", equalTo("AUT"));
    }

    @Test
    void keepsAssociationsThatPointOutsideThePackage() {
        Api admin = Api.newTenant();
        JsonObject demo = json(Api.demoPackage());
        String firstItem = demo.getJsonArray("CFItems").getJsonObject(1).getString("identifier");
        JsonObject external = association("ext-1", "exactMatchOf", firstItem, "9b1f0c3e-other-framework-item");
        String withExternal = Json.createObjectBuilder(demo)
                .add("CFAssociations", Json.createArrayBuilder(demo.getJsonArray("CFAssociations")).add(external))
                .build().toString();

        String id = admin.importFramework(withExternal).then().statusCode(201).extract().path("id");
        admin.request().get("/api/v1/frameworks/" + id + "?format=case").then()
                .body("CFAssociations.associationType", hasItem("exactMatchOf"))
                .body("CFAssociations.find { it.identifier == 'ext-1' }.destinationNodeURI.identifier",
                        equalTo("9b1f0c3e-other-framework-item"));
    }

    @Test
    void refusesBadPackagesSayingWhereAndStoresNothing() {
        Api admin = Api.newTenant();
        JsonObject demo = json(Api.demoPackage());
        String firstItem = demo.getJsonArray("CFItems").getJsonObject(0).getString("identifier");
        String secondItem = demo.getJsonArray("CFItems").getJsonObject(1).getString("identifier");
        int n = demo.getJsonArray("CFAssociations").size();
        record Case(String body, int status, String code, String pointer) {
        }
        List<Case> cases = List.of(
                new Case("{\"CFDocument\": ", 400, "malformed-json", null),
                new Case("[1, 2]", 400, "malformed-json", null),
                new Case(Json.createObjectBuilder(demo).add("CFDocument",
                        Json.createObjectBuilder(demo.getJsonObject("CFDocument")).remove("identifier")).build().toString(),
                        422, "invalid-case-package", "/CFDocument/identifier"),
                new Case(withAssociation(demo, association("dangling-origin", "isRelatedTo", "not-an-item", firstItem)),
                        422, "dangling-reference", "/CFAssociations/" + n + "/originNodeURI/identifier"),
                new Case(withAssociation(demo, association("dangling-parent", "isChildOf", firstItem, "nowhere")),
                        422, "dangling-reference", "/CFAssociations/" + n + "/destinationNodeURI/identifier"),
                new Case(withAssociation(demo, association("cycle", "isChildOf", firstItem, secondItem)),
                        422, "hierarchy-cycle", "/CFAssociations"));

        for (Case bad : cases) {
            var answer = admin.importFramework(bad.body()).then()
                    .statusCode(bad.status())
                    .contentType("application/problem+json")
                    .body("status", equalTo(bad.status()))
                    .body("code", equalTo(bad.code()))
                    .body("type", equalTo("urn:proficio:problem:" + bad.code()));
            if (bad.pointer() != null) {
                answer.body("errors.pointer", hasItem(bad.pointer()));
            }
        }
        admin.request().get("/api/v1/frameworks").then().statusCode(200).body("", empty());
    }

    @Test
    void aRefusedReimportLeavesTheFrameworkAsItWas() {
        Api admin = Api.newTenant();
        String id = admin.importDemoFramework();
        String before = admin.request().get("/api/v1/frameworks/" + id).asString();
        JsonObject demo = json(Api.demoPackage());
        String firstItem = demo.getJsonArray("CFItems").getJsonObject(0).getString("identifier");
        JsonObject renamed = Json.createObjectBuilder(demo).add("CFDocument",
                Json.createObjectBuilder(demo.getJsonObject("CFDocument")).add("title", "Renamed")).build();

        admin.importFramework(withAssociation(renamed, association("bad", "isChildOf", firstItem, "nowhere")))
                .then().statusCode(422);
        assertEquals(before, admin.request().get("/api/v1/frameworks/" + id).asString());
    }

    @Test
    void searchesCompetenciesByTextAndCode() {
        Api admin = Api.newTenant();
        String id = admin.importDemoFramework();
        admin.request().queryParam("q", "uw.deal").get("/api/v1/competencies").then()
                .statusCode(200).body("code", contains("UW.DEAL", "UW.DEAL.1", "UW.DEAL.2"));
        admin.request().queryParam("q", "LOSS RUNS").queryParam("frameworkId", id).get("/api/v1/competencies").then()
                .body("code", contains("UW.RISK.1"));
        admin.request().queryParam("q", "100%_").get("/api/v1/competencies").then().body("", empty());
        admin.request().queryParam("limit", "0").get("/api/v1/competencies").then().statusCode(422);
    }

    @Test
    void definesTheScaleAndRefusesAScaleWithAMissingLevel() {
        Api admin = Api.newTenant();
        String id = admin.importDemoFramework();
        String scale = "/api/v1/frameworks/" + id + "/scale";
        admin.request().get(scale).then().statusCode(200)
                .body("levels.level", contains(1, 2, 3, 4, 5)).body("proficientLevel", equalTo(3));

        List<Map<String, Object>> four = List.of(level(1, "Novice"), level(2, "Practitioner"), level(3, "Senior"),
                level(4, "Lead"));
        admin.request().body(Map.of("levels", four, "proficientLevel", 2)).put(scale).then().statusCode(200)
                .body("levels.label", contains("Novice", "Practitioner", "Senior", "Lead"))
                .body("proficientLevel", equalTo(2));

        List<Map<String, Object>> gap = List.of(level(1, "A"), level(2, "B"), level(4, "D"));
        admin.request().body(Map.of("levels", gap, "proficientLevel", 2)).put(scale).then().statusCode(422)
                .body("code", equalTo("invalid-scale")).body("errors.pointer", hasItem("/levels/2/level"));
        admin.request().body(Map.of("levels", four, "proficientLevel", 7)).put(scale).then().statusCode(422)
                .body("errors.pointer", hasItem("/proficientLevel"));
        admin.request().get(scale).then().body("levels", hasSize(4));
    }

    static Map<String, Object> level(int number, String label) {
        return Map.of("level", number, "label", label, "descriptor", label + " level");
    }

    static JsonObject association(String identifier, String type, String origin, String destination) {
        return Json.createObjectBuilder()
                .add("identifier", identifier)
                .add("associationType", type)
                .add("lastChangeDateTime", "2026-01-15T09:00:00+00:00")
                .add("originNodeURI", Json.createObjectBuilder().add("identifier", origin).add("uri", "urn:x:" + origin)
                        .add("title", origin))
                .add("destinationNodeURI", Json.createObjectBuilder().add("identifier", destination)
                        .add("uri", "urn:x:" + destination).add("title", destination))
                .build();
    }

    static String withAssociation(JsonObject casePackage, JsonObject association) {
        return Json.createObjectBuilder(casePackage)
                .add("CFAssociations", Json.createArrayBuilder(casePackage.getJsonArray("CFAssociations")).add(association))
                .build().toString();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String withoutTimes(String frameworkJson) {
        return Json.createObjectBuilder(json(frameworkJson)).remove("updatedAt").build().toString();
    }
}
