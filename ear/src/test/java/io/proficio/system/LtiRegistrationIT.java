package io.proficio.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import io.proficio.testing.browser.LaunchResult;
import io.proficio.testing.browser.LtiBrowser;
import io.proficio.testing.lms.LaunchSpec;
import io.proficio.testing.lms.Registration;
import io.proficio.testing.lms.TestPlatform;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering platforms (the admin API and LTI Dynamic Registration 1.0 against the test platform's
 * OpenID configuration) and the tool's keys (published, rotated).
 */
@ExtendWith(ArquillianExtension.class)
class LtiRegistrationIT {

    static final URI TOOL = URI.create(ProficioDeployment.BASE_URL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ProficioDeployment.ear();
    }

    @Test
    void dynamicRegistrationRegistersTheToolAndStoresThePlatform() throws Exception {
        Api admin = Api.newTenant();
        String invitation = admin.request().post("/api/v1/platforms/invitations").then().statusCode(201)
                .extract().path("registrationUrl");
        try (TestPlatform platform = TestPlatform.start()) {
            LtiBrowser browser = new LtiBrowser();
            LaunchResult done = browser.get(URI.create(platform.registrationStartUrl(URI.create(invitation))));

            assertEquals(200, done.status(), done.toString());
            assertTrue(done.body().contains("lti-close.js"), "the page closes the registration window");
            Registration registration = platform.registrations().get(0);
            assertEquals(TOOL.resolve("/lti/jwks").toString(), registration.jwksUri());
            assertEquals(TOOL.resolve("/lti/login").toString(), registration.initiateLoginUri());
            assertEquals(List.of(TOOL.resolve("/lti/launch").toString()), registration.redirectUris());
            assertTrue(registration.scopes().contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
            admin.request().get("/api/v1/platforms").then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].issuer", equalTo(platform.issuer()))
                    .body("[0].clientId", equalTo(registration.clientId()))
                    .body("[0].registeredVia", equalTo("dynamic"))
                    .body("[0].deploymentIds", hasItem(registration.deploymentId()));

            LaunchResult again = browser.get(URI.create(platform.registrationStartUrl(URI.create(invitation))));
            assertEquals(401, again.status(), "an invitation works once");
            assertEquals("registration-invite-invalid", again.errorCode());
        }
    }

    @Test
    void aRegistrationWithoutOpenidConfigurationIsRefused() {
        Api admin = Api.newTenant();
        String invitation = admin.request().post("/api/v1/platforms/invitations").then().statusCode(201)
                .extract().path("registrationUrl");

        LaunchResult answer = new LtiBrowser().get(URI.create(invitation));
        assertEquals(400, answer.status());
        assertEquals("registration-request-invalid", answer.errorCode());
    }

    @Test
    void badPlatformRegistrationsAreRefusedWithPointers() {
        Api admin = Api.newTenant();
        admin.request().body(Map.of("issuer", "not a url", "clientId", "", "authLoginUrl", "https://lms.example.com/auth",
                        "tokenUrl", "https://lms.example.com/token", "jwksUrl", "ftp://lms.example.com/jwks"))
                .post("/api/v1/platforms").then().statusCode(422)
                .body("errors.pointer", hasItem("/issuer"))
                .body("errors.pointer", hasItem("/clientId"))
                .body("errors.pointer", hasItem("/jwksUrl"));
        admin.request().get("/api/v1/platforms").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anIssuerAndClientIdBelongToOneRegistrationAcrossTenants() {
        try (TestPlatform platform = TestPlatform.start()) {
            Api.newTenant().request().body(platform.registrationBody()).post("/api/v1/platforms").then().statusCode(201);
            Api other = Api.newTenant();
            other.request().body(platform.registrationBody()).post("/api/v1/platforms").then().statusCode(409);
            other.request().get("/api/v1/platforms").then().statusCode(200).body("", hasSize(0));
        }
    }

    @Test
    void rotationPublishesTheNewKeyAndKeepsTheOldOneUntilItsTokensExpire() throws Exception {
        Api operator = Api.operator();
        JWKSet before = JWKSet.parse(given().baseUri(ProficioDeployment.BASE_URL).get("/lti/jwks").then()
                .statusCode(200).header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300"))
                .extract().asString());
        assertTrue(before.getKeys().stream().noneMatch(k -> k.isPrivate()), "only public keys are published");
        String signing = operator.request().get("/api/v1/tool-keys").then().statusCode(200)
                .extract().path("find { it.status == 'signing' }.kid");
        assertTrue(before.getKeyByKeyId(signing) != null, "the signing key is published");

        String next = operator.request().body(Map.of()).post("/api/v1/tool-keys").then().statusCode(201)
                .body("status", equalTo("next")).extract().path("kid");
        JWKSet during = JWKSet.parse(given().baseUri(ProficioDeployment.BASE_URL).get("/lti/jwks").asString());
        assertTrue(during.getKeyByKeyId(next) != null, "a new key is published before it signs");

        String now = operator.request().body(Map.of("signsFrom", Instant.now().toString())).post("/api/v1/tool-keys")
                .then().statusCode(201).body("status", equalTo("signing")).extract().path("kid");
        operator.request().get("/api/v1/tool-keys").then().statusCode(200)
                .body("find { it.kid == '" + now + "' }.status", equalTo("signing"))
                .body("find { it.kid == '" + signing + "' }.status", equalTo("retiring"));
        JWKSet after = JWKSet.parse(given().baseUri(ProficioDeployment.BASE_URL).get("/lti/jwks").asString());
        assertTrue(after.getKeyByKeyId(now) != null && after.getKeyByKeyId(signing) != null);

        Api.newTenant().request().get("/api/v1/tool-keys").then().statusCode(403);

        try (TestPlatform platform = TestPlatform.start()) {
            platform.trustToolJwks(TOOL.resolve("/lti/jwks"));
            Api admin = Api.newTenant();
            admin.request().body(platform.registrationBody()).post("/api/v1/platforms").then().statusCode(201);
            LaunchSpec spec = LaunchSpec.deepLinking();
            LtiBrowser browser = new LtiBrowser();
            LaunchResult launch = browser.launch(platform, TOOL, spec);
            LaunchResult answer = browser.post(TOOL.resolve("/app/deep-linking"), Map.of("session",
                    launch.sessionLink(), "item", "profile"));
            String jwt = Forms.attribute(answer.body(), "name=\"JWT\" value");
            assertEquals(now, com.nimbusds.jwt.SignedJWT.parse(jwt).getHeader().getKeyID(),
                    "the new key signs once its time has come");
        }
    }
}
