package io.proficio.system;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** xAPI sources through the admin API: the secret shown once, lists without it, revocation, tenants apart. */
@ExtendWith(ArquillianExtension.class)
class XapiSourcesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void aSourceIsMadeListedWithoutItsSecretAndRevoked() {
        Api admin = Api.newTenant();
        String id = admin.request().body(Map.of("name", "Moodle LRS forwarding")).post("/api/v1/xapi-sources").then()
                .statusCode(201)
                .body("key", matchesPattern("xk_[0-9a-f]{24}"))
                .body("secret", matchesPattern("pf_[A-Za-z0-9_-]{43}"))
                .extract().path("id");

        admin.request().get("/api/v1/xapi-sources").then().statusCode(200)
                .body("", hasSize(1)).body("[0].name", equalTo("Moodle LRS forwarding"))
                .body("[0].secret", nullValue()).body("[0].revokedAt", nullValue());
        admin.request().delete("/api/v1/xapi-sources/" + id).then().statusCode(204);
        admin.request().get("/api/v1/xapi-sources").then().body("[0].revokedAt", notNullValue());
        Api.newTenant().request().delete("/api/v1/xapi-sources/" + id).then().statusCode(404);
        Api.newTenant().request().get("/api/v1/xapi-sources").then().body("", hasSize(0));
    }

    @Test
    void aSourceNeedsAName() {
        Api admin = Api.newTenant();
        admin.request().body(Map.of("name", " ")).post("/api/v1/xapi-sources").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/name"));
        admin.request().get("/api/v1/xapi-sources").then().body("", hasSize(0));
        admin.withScopes("integration").request().body(Map.of("name", "x")).post("/api/v1/xapi-sources")
                .then().statusCode(403);
    }
}
