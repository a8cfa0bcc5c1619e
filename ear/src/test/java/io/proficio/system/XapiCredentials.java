package io.proficio.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** An xAPI source of a tenant, made through the admin API, and requests to {@code /xapi} with its Basic credentials. */
record XapiCredentials(String key, String secret) {

    static XapiCredentials make(Api admin) {
        return made(admin, Map.of("name", "LRS"));
    }

    /** A source set to speak {@code version} when a request does not say its version. */
    static XapiCredentials make(Api admin, String version) {
        return made(admin, Map.of("name", "LRS " + version, "version", version));
    }

    private static XapiCredentials made(Api admin, Map<String, String> body) {
        Map<String, String> made = admin.request().body(body).post("/api/v1/xapi-sources")
                .then().statusCode(201).extract().as(Map.class);
        return new XapiCredentials(made.get("key"), made.get("secret"));
    }

    /** A JSON request to {@code /xapi} saying {@code version} in {@code X-Experience-API-Version}. */
    RequestSpecification request(String version) {
        return given().baseUri(ProficioDeployment.BASE_URL).basePath("/xapi").auth().preemptive().basic(key, secret)
                .header("X-Experience-API-Version", version).contentType(ContentType.JSON);
    }
}
