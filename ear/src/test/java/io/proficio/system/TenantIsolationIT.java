package io.proficio.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tenant B sees nothing of tenant A and cannot write into it; tokens do only what their scopes allow. */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void anotherTenantSeesNoneOfTheFrameworkAndCannotUseIt() {
        Api tenantA = Api.newTenant();
        Api tenantB = Api.newTenant();
        String framework = tenantA.importDemoFramework();
        String competency = tenantA.request().get("/api/v1/frameworks/" + framework).then()
                .extract().path("competencies[0].children[0].id");

        tenantB.request().get("/api/v1/frameworks").then().statusCode(200).body("", empty());
        for (String path : List.of("/api/v1/frameworks/" + framework, "/api/v1/frameworks/" + framework + "?format=case",
                "/api/v1/frameworks/" + framework + "/scale", "/api/v1/competencies/" + competency)) {
            tenantB.request().get(path).then().statusCode(404).body("code", equalTo("not-found"));
        }
        tenantB.request().queryParam("q", "risk").get("/api/v1/competencies").then().body("", empty());
        tenantB.request().body(Map.of("levels", List.of(Map.of("level", 1, "label", "Only")), "proficientLevel", 1))
                .put("/api/v1/frameworks/" + framework + "/scale").then().statusCode(404);
        tenantA.request().get("/api/v1/frameworks/" + framework + "/scale").then().body("levels.level", hasItem(5));
    }

    @Test
    void anotherTenantCannotTagOrRequireTheCompetenciesOfTheFirst() {
        Api tenantA = Api.newTenant();
        Api tenantB = Api.newTenant();
        String framework = tenantA.importDemoFramework();
        String competency = tenantA.request().get("/api/v1/frameworks/" + framework).then()
                .extract().path("competencies[0].children[0].id");

        tenantB.request().body(Map.of("competencyId", competency, "level", 2,
                        "content", Map.of("type", "course", "ref", "course-1")))
                .post("/api/v1/alignments").then().statusCode(422)
                .body("code", equalTo("unknown-reference")).body("errors.pointer", hasItem("/competencyId"));
        tenantB.request().body(Map.of("name", "Underwriter", "stages", List.of(Map.of("name", "Junior",
                        "requirements", List.of(Map.of("competencyId", competency, "level", 2))))))
                .post("/api/v1/roles").then().statusCode(422)
                .body("code", equalTo("unknown-reference"))
                .body("errors.pointer", hasItem("/stages/0/requirements/0/competencyId"));
        tenantB.request().get("/api/v1/roles").then().body("", empty());
        tenantB.request().get("/api/v1/alignments").then().body("", empty());
    }

    @Test
    void theSameFrameworkInTwoTenantsIsTwoFrameworks() {
        Api tenantA = Api.newTenant();
        Api tenantB = Api.newTenant();
        String inA = tenantA.importDemoFramework();
        String inB = tenantB.importDemoFramework();
        tenantA.request().get("/api/v1/frameworks").then().body("id", equalTo(List.of(inA)));
        tenantB.request().get("/api/v1/frameworks").then().body("id", equalTo(List.of(inB)));
    }

    @Test
    void aTenantCannotSeeOrRevokeAnotherTenantsTokens() {
        Api tenantA = Api.newTenant();
        Api tenantB = Api.newTenant();
        String tokenOfA = tenantA.request().get("/api/v1/tokens").then().extract().path("[0].id");
        tenantB.request().get("/api/v1/tokens").then().body("id", not(hasItem(tokenOfA)));
        tenantB.request().delete("/api/v1/tokens/" + tokenOfA).then().statusCode(404);
        tenantA.request().get("/api/v1/frameworks").then().statusCode(200);
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        given().baseUri(ProficioDeployment.BASE_URL).get("/api/v1/frameworks").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        new Api("pf_not-a-real-token").request().get("/api/v1/frameworks").then().statusCode(401)
                .body("code", equalTo("unauthenticated"));
        given().baseUri(ProficioDeployment.BASE_URL).header("Authorization", "Basic dXNlcjpwYXNz")
                .get("/api/v1/frameworks").then().statusCode(401);
    }

    @Test
    void tokensDoOnlyWhatTheirScopesAllow() {
        Api admin = Api.newTenant();
        Api integration = admin.withScopes("integration");
        String framework = admin.importDemoFramework();

        integration.request().get("/api/v1/frameworks/" + framework).then().statusCode(200);
        integration.importFramework(Api.demoPackage()).then().statusCode(403).body("code", equalTo("forbidden"));
        integration.request().body(Map.of("name", "x", "scopes", List.of("admin"))).post("/api/v1/tokens")
                .then().statusCode(403);
        integration.request().get("/api/v1/tokens").then().statusCode(403);
        admin.request().body(Map.of("name", "Another org")).post("/api/v1/tenants").then().statusCode(403);
        admin.request().body(Map.of("name", "x", "scopes", List.of("operator"))).post("/api/v1/tokens")
                .then().statusCode(422).body("errors.pointer", hasItem("/scopes/0"));
        admin.request().body(Map.of("name", "x", "scopes", List.of())).post("/api/v1/tokens").then().statusCode(422);
    }

    @Test
    void revokedTokensStopWorkingAndSecretsAreShownOnlyOnce() {
        Api admin = Api.newTenant();
        var issued = admin.request().body(Map.of("name", "HRIS", "scopes", List.of("integration")))
                .post("/api/v1/tokens").then().statusCode(201)
                .body("token", notNullValue()).body("scopes", equalTo(List.of("integration")))
                .extract();
        String id = issued.path("id");
        Api hris = new Api(issued.path("token"));
        hris.request().get("/api/v1/frameworks").then().statusCode(200);

        admin.request().get("/api/v1/tokens/" + id).then().statusCode(200)
                .body("token", nullValue()).body("prefix", notNullValue()).body("revoked", equalTo(false));
        admin.request().delete("/api/v1/tokens/" + id).then().statusCode(204);
        hris.request().get("/api/v1/frameworks").then().statusCode(401);
        admin.request().get("/api/v1/tokens/" + id).then().body("revoked", equalTo(true));
    }
}
