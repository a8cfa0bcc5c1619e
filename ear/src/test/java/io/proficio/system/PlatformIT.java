package io.proficio.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a newcomer and an operator see first: health, the API description, the bootstrap tenant. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void healthIsUpWithTheDatabaseReachableAndMigrated() {
        given().baseUri(ProficioDeployment.BASE_URL).get("/health").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'proficio-database' }.data.database", equalTo("reachable"))
                .body("checks.find { it.name == 'proficio-database' }.data.schemaVersion", matchesPattern("[0-9]+"));
    }

    @Test
    void openApiDescribesTheRestApi() {
        given().baseUri(ProficioDeployment.BASE_URL).get("/openapi").then()
                .statusCode(200)
                .body(containsString("/api/v1/frameworks"))
                .body(containsString("/api/v1/roles"))
                .body(containsString("/api/v1/alignments"));
    }

    @Test
    void theBootstrapTokenOwnsTheDefaultTenantWithTheDemoFramework() {
        Api operator = Api.operator();
        operator.request().get("/api/v1/tenants").then().statusCode(200).body("slug", hasItem("default"));
        operator.request().get("/api/v1/frameworks").then().statusCode(200)
                .body("identifier", hasItem("e30cec07-9be7-5ac5-9762-aba852e075d6"));
    }

    @Test
    void unknownApiPathsAnswerWithProblemDetails() {
        Api.operator().request().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
        Api.operator().request().get("/api/v1/frameworks/no-such-id").then().statusCode(404)
                .body("code", equalTo("not-found"));
    }

    @Test
    void theHomePageAndTheXapiAboutAnswer() {
        given().baseUri(ProficioDeployment.BASE_URL).get("/").then().statusCode(200)
                .body(containsString("Proficio"));
        given().baseUri(ProficioDeployment.BASE_URL).get("/xapi/about").then().statusCode(200)
                .header("X-Experience-API-Version", "1.0.3").body("version", hasItem("1.0.3"))
                .body("version", hasItem("2.0.0")).header("Date", org.hamcrest.Matchers.endsWith(" GMT"));
    }
}
