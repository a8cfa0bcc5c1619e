package io.proficio.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.domain.lti.PlatformSpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DynamicRegistrationResource#spec}: the platform registration stored from a registration's answer. */
class DynamicRegistrationSpecTest {

    private static final PlatformConfiguration MOODLE = new PlatformConfiguration("https://moodle.example.edu",
            "https://moodle.example.edu/mod/lti/auth.php", "https://moodle.example.edu/mod/lti/token.php",
            "https://moodle.example.edu/mod/lti/certs.php", "https://moodle.example.edu/mod/lti/openid-registration.php",
            Optional.of("moodle"), List.of());

    private static final PlatformConfiguration CANVAS = new PlatformConfiguration("https://canvas.instructure.com",
            "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
            "https://sso.canvaslms.com/api/lti/security/jwks", "https://canvas.example.edu/api/lti/registrations",
            Optional.of("canvas"), List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"));

    /** Moodle 4.5's answer to the registration: the tool type it made is the deployment. */
    private static final String MOODLE_ANSWER = """
            {
              "client_id": "Fv2bDqg6vJH3tz8",
              "response_types": ["id_token"],
              "jwks_uri": "https://proficio.example.com/lti/jwks",
              "initiate_login_uri": "https://proficio.example.com/lti/login",
              "grant_types": ["client_credentials", "implicit"],
              "redirect_uris": ["https://proficio.example.com/lti/launch"],
              "application_type": "web",
              "token_endpoint_auth_method": "private_key_jwt",
              "client_name": "Proficio",
              "scope": "https://purl.imsglobal.org/spec/lti-ags/scope/score",
              "https://purl.imsglobal.org/spec/lti-tool-configuration": {
                "version": "1.3.0",
                "deployment_id": "3",
                "target_link_uri": "https://proficio.example.com/lti/launch",
                "domain": "proficio.example.com",
                "description": "Competency profiles, gaps and recommendations from learning evidence.",
                "claims": ["sub", "iss", "name", "given_name", "family_name", "email"]
              }
            }
            """;

    /** Canvas's answer: the developer key's id as client_id; deployments come when an admin installs it. */
    private static final String CANVAS_ANSWER = """
            {
              "client_id": "10000000000042",
              "application_type": "web",
              "grant_types": ["client_credentials", "implicit"],
              "initiate_login_uri": "https://proficio.example.com/lti/login",
              "redirect_uris": ["https://proficio.example.com/lti/launch"],
              "response_types": ["id_token"],
              "client_name": "Proficio",
              "jwks_uri": "https://proficio.example.com/lti/jwks",
              "token_endpoint_auth_method": "private_key_jwt",
              "scope": "https://purl.imsglobal.org/spec/lti-ags/scope/score",
              "https://purl.imsglobal.org/spec/lti-tool-configuration": {
                "domain": "proficio.example.com",
                "messages": [{"type": "LtiResourceLinkRequest", "target_link_uri": "https://proficio.example.com/lti/launch"}],
                "claims": ["iss", "sub", "name", "given_name", "family_name", "email"],
                "target_link_uri": "https://proficio.example.com/lti/launch",
                "https://canvas.instructure.com/lti/registration_config_url": "https://canvas.example.edu/api/lti/registrations/42/view"
              }
            }
            """;

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void storesMoodlesRegistrationWithItsOneDeployment() {
        PlatformSpec spec = DynamicRegistrationResource.spec(MOODLE, json(MOODLE_ANSWER));

        assertEquals(new PlatformSpec("https://moodle.example.edu", "Fv2bDqg6vJH3tz8", "moodle",
                "https://moodle.example.edu/mod/lti/auth.php", "https://moodle.example.edu/mod/lti/token.php",
                "https://moodle.example.edu/mod/lti/certs.php", List.of("3"), true, "moodle"), spec);
    }

    @Test
    void storesCanvassRegistrationWithoutDeployments() {
        PlatformSpec spec = DynamicRegistrationResource.spec(CANVAS, json(CANVAS_ANSWER));

        assertEquals(new PlatformSpec("https://canvas.instructure.com", "10000000000042", "canvas",
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks", List.of(), true, "canvas"), spec);
    }

    @Test
    void acceptsNewDeploymentsOfARegisteredPlatform() {
        assertTrue(DynamicRegistrationResource.spec(MOODLE, json(MOODLE_ANSWER)).acceptNewDeployments());
        assertTrue(DynamicRegistrationResource.spec(CANVAS, json(CANVAS_ANSWER)).acceptNewDeployments());
    }

    @Test
    void leavesNameAndFamilyEmptyForAPlatformThatGivesNoFamily() {
        PlatformConfiguration unnamed = new PlatformConfiguration(MOODLE.issuer(), MOODLE.authorizationEndpoint(),
                MOODLE.tokenEndpoint(), MOODLE.jwksUri(), MOODLE.registrationEndpoint(), Optional.empty(), List.of());

        PlatformSpec spec = DynamicRegistrationResource.spec(unnamed, json(MOODLE_ANSWER));

        assertNull(spec.name());
        assertNull(spec.productFamily());
    }

    private static JsonObject moodleAnswerWithToolClaim(JsonValue toolClaim) {
        return Json.createObjectBuilder(json(MOODLE_ANSWER)).add(ToolConfiguration.TOOL_CLAIM, toolClaim).build();
    }

    static Stream<Arguments> answersWithoutAUsableDeployment() {
        return Stream.of(
                arguments("no tool configuration claim",
                        Json.createObjectBuilder(json(MOODLE_ANSWER)).remove(ToolConfiguration.TOOL_CLAIM).build()),
                arguments("a tool configuration claim that is no object", moodleAnswerWithToolClaim(Json.createValue("3"))),
                arguments("a deployment_id that is a number",
                        moodleAnswerWithToolClaim(Json.createObjectBuilder().add("deployment_id", 3).build())),
                arguments("a null deployment_id",
                        moodleAnswerWithToolClaim(Json.createObjectBuilder().addNull("deployment_id").build())),
                arguments("no deployment_id", moodleAnswerWithToolClaim(
                        Json.createObjectBuilder().add("domain", "proficio.example.com").build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersWithoutAUsableDeployment")
    void recordsNoDeploymentWhenTheAnswerNamesNone(String situation, JsonObject answer) {
        assertEquals(List.of(), DynamicRegistrationResource.spec(MOODLE, answer).deploymentIds());
    }

    static Stream<Arguments> answersWithoutClientId() {
        return Stream.of(
                arguments("no client_id", Json.createObjectBuilder(json(MOODLE_ANSWER)).remove("client_id").build()),
                arguments("a client_id that is a number",
                        Json.createObjectBuilder(json(MOODLE_ANSWER)).add("client_id", 42).build()),
                arguments("a null client_id",
                        Json.createObjectBuilder(json(MOODLE_ANSWER)).addNull("client_id").build()),
                arguments("an error answer", json("{\"error\": \"invalid_client_metadata\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersWithoutClientId")
    void refusesAnAnswerWithoutClientId(String situation, JsonObject answer) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> DynamicRegistrationResource.spec(MOODLE, answer));

        assertEquals("The platform's answer has no client_id", refusal.getMessage());
    }
}
