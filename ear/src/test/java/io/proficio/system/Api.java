package io.proficio.system;

import static io.restassured.RestAssured.given;

import io.proficio.testing.lms.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A caller of Proficio's REST API with one bearer token. {@link #newTenant()} makes a fresh tenant
 * with the bootstrap (operator) token, so each test works in a tenant of its own.
 */
final class Api {

    private final String token;

    Api(String token) {
        this.token = token;
    }

    static Api operator() {
        return new Api(ProficioDeployment.bootstrapToken());
    }

    /** A new tenant's first admin token. */
    static Api newTenant() {
        String token = operator().request()
                .body(Map.of("name", "Test tenant " + UUID.randomUUID()))
                .post("/api/v1/tenants")
                .then().statusCode(201)
                .extract().path("token");
        return new Api(token);
    }

    String token() {
        return token;
    }

    RequestSpecification request() {
        return given().baseUri(ProficioDeployment.BASE_URL)
                .header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Another token of this tenant with the given scopes. */
    Api withScopes(String... scopes) {
        String issued = request().body(Map.of("name", "test " + String.join(",", scopes), "scopes", List.of(scopes)))
                .post("/api/v1/tokens")
                .then().statusCode(201)
                .extract().path("token");
        return new Api(issued);
    }

    /** Registers the test platform (its default deployment) in this tenant; returns the registration's id. */
    String registerPlatform(TestPlatform platform, boolean acceptNewDeployments) {
        return request().body(platform.registrationBody(List.of(platform.deploymentId()), acceptNewDeployments))
                .post("/api/v1/platforms").then().statusCode(201).extract().path("id");
    }

    /**
     * Waits (30 s at most) until the first delivery {@code GET /api/v1/deliveries} lists with these
     * query parameters has this status, and returns its id.
     */
    String awaitDelivery(Map<String, String> query, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath found = request().queryParams(query).get("/api/v1/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            if (status.equals(found.getString("status[0]"))) {
                return found.getString("id[0]");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for a delivery " + query, e);
            }
        }
        throw new AssertionError("No delivery " + query + " became " + status);
    }

    Response importFramework(String casePackage) {
        return request().body(casePackage).post("/api/v1/frameworks");
    }

    /** Imports the demo framework into this tenant and returns its id. */
    String importDemoFramework() {
        return importFramework(demoPackage()).then().statusCode(201).extract().path("id");
    }

    static String demoPackage() {
        return resource("/demo/underwriter.case.json");
    }

    static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
