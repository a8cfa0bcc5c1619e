package io.proficio.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
import org.junit.jupiter.params.provider.ValueSource;

class PlatformConfigurationTest {

    /**
     * Moodle 4.5's {@code /mod/lti/openid-configuration.php}. Moodle lists {@code messages_supported} as
     * plain strings, not the objects with a {@code type} that Dynamic Registration §3.4.1 describes.
     */
    private static final String MOODLE = """
            {
              "issuer": "https://moodle.example.edu",
              "token_endpoint": "https://moodle.example.edu/mod/lti/token.php",
              "token_endpoint_auth_methods_supported": ["private_key_jwt"],
              "token_endpoint_auth_signing_alg_values_supported": ["RS256"],
              "jwks_uri": "https://moodle.example.edu/mod/lti/certs.php",
              "authorization_endpoint": "https://moodle.example.edu/mod/lti/auth.php",
              "registration_endpoint": "https://moodle.example.edu/mod/lti/openid-registration.php",
              "scopes_supported": [
                "https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting",
                "openid"
              ],
              "response_types_supported": ["id_token"],
              "subject_types_supported": ["public", "pairwise"],
              "id_token_signing_alg_values_supported": ["RS256"],
              "claims_supported": ["sub", "iss", "name", "given_name", "family_name", "email"],
              "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "moodle",
                "version": "4.5.2 (Build: 20250210)",
                "messages_supported": ["LtiResourceLinkRequest", "LtiDeepLinkingRequest"],
                "placements": ["AddContentMenu"],
                "variables": ["basic-lti-launch-request", "ContentItemSelectionRequest", "Context.id", "User.id"]
              }
            }
            """;

    /** Canvas's {@code /api/lti/security/openid-configuration} for an institution's account. */
    private static final String CANVAS = """
            {
              "issuer": "https://canvas.instructure.com",
              "authorization_endpoint": "https://sso.canvaslms.com/api/lti/authorize_redirect",
              "registration_endpoint": "https://canvas.example.edu/api/lti/registrations",
              "jwks_uri": "https://sso.canvaslms.com/api/lti/security/jwks",
              "token_endpoint": "https://sso.canvaslms.com/login/oauth2/token",
              "token_endpoint_auth_methods_supported": ["private_key_jwt"],
              "token_endpoint_auth_signing_alg_values_supported": ["RS256"],
              "scopes_supported": [
                "openid",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
              ],
              "response_types_supported": ["id_token"],
              "id_token_signing_alg_values_supported": ["RS256"],
              "claims_supported": ["sub", "picture", "email", "name", "given_name", "family_name", "locale"],
              "subject_types_supported": ["public"],
              "authorization_server": "sso.canvaslms.com",
              "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "canvas",
                "version": "vCloud",
                "messages_supported": [
                  {
                    "type": "LtiResourceLinkRequest",
                    "placements": [
                      "https://canvas.instructure.com/lti/course_navigation",
                      "https://canvas.instructure.com/lti/assignment_selection",
                      "https://canvas.instructure.com/lti/link_selection"
                    ]
                  },
                  {
                    "type": "LtiDeepLinkingRequest",
                    "placements": [
                      "https://canvas.instructure.com/lti/assignment_selection",
                      "https://canvas.instructure.com/lti/editor_button",
                      "https://canvas.instructure.com/lti/link_selection"
                    ]
                  }
                ],
                "variables": ["Canvas.account.id", "Canvas.course.id", "Person.email.primary"],
                "https://canvas.instructure.com/lti/account_name": "Example University",
                "https://canvas.instructure.com/lti/account_lti_guid": "8865aa05b4b79b64a91a86042e43af5ea8ae79eb:canvas-lms"
              }
            }
            """;

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static JsonObject without(JsonObject json, String member) {
        return Json.createObjectBuilder(json).remove(member).build();
    }

    private static JsonObject with(JsonObject json, String member, JsonValue value) {
        return Json.createObjectBuilder(json).add(member, value).build();
    }

    private static JsonObject withMessages(JsonObject json, JsonValue messages) {
        JsonObject platform = json.getJsonObject(PlatformConfiguration.PLATFORM_CLAIM);
        return with(json, PlatformConfiguration.PLATFORM_CLAIM,
                Json.createObjectBuilder(platform).add("messages_supported", messages).build());
    }

    @Test
    void readsCanvassConfiguration() {
        PlatformConfiguration canvas = PlatformConfiguration.parse(json(CANVAS));

        assertEquals(new PlatformConfiguration("https://canvas.instructure.com",
                "https://sso.canvaslms.com/api/lti/authorize_redirect",
                "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks",
                "https://canvas.example.edu/api/lti/registrations",
                Optional.of("canvas"), List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest")), canvas);
        assertTrue(canvas.supportsDeepLinking());
    }

    @Test
    void readsMoodlesConfiguration() {
        PlatformConfiguration moodle = PlatformConfiguration.parse(json(MOODLE));

        assertEquals("https://moodle.example.edu", moodle.issuer());
        assertEquals("https://moodle.example.edu/mod/lti/auth.php", moodle.authorizationEndpoint());
        assertEquals("https://moodle.example.edu/mod/lti/token.php", moodle.tokenEndpoint());
        assertEquals("https://moodle.example.edu/mod/lti/certs.php", moodle.jwksUri());
        assertEquals("https://moodle.example.edu/mod/lti/openid-registration.php", moodle.registrationEndpoint());
        assertEquals(Optional.of("moodle"), moodle.productFamilyCode());
        assertTrue(moodle.supportsDeepLinking());
    }

    @Test
    void readsMoodlesMessagesGivenAsPlainStrings() {
        assertEquals(List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"),
                PlatformConfiguration.parse(json(MOODLE)).messagesSupported());
    }

    @Test
    void seesNoDeepLinkingInAPlainStringListWithoutIt() {
        JsonObject json = withMessages(json(MOODLE), Json.createArrayBuilder().add("LtiResourceLinkRequest").build());

        assertFalse(PlatformConfiguration.parse(json).supportsDeepLinking());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint"})
    void refusesAConfigurationWithoutARequiredMember(String member) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> PlatformConfiguration.parse(without(json(CANVAS), member)));

        assertEquals("The OpenID configuration has no " + member, refusal.getMessage());
    }

    static Stream<Arguments> unusableValues() {
        return Stream.of(
                arguments("blank", Json.createValue("  ")),
                arguments("a number", Json.createValue(42)),
                arguments("null", JsonValue.NULL),
                arguments("an array", Json.createArrayBuilder().add("https://canvas.instructure.com").build()));
    }

    @ParameterizedTest(name = "an issuer that is {0}")
    @MethodSource("unusableValues")
    void countsAnUnusableValueAsMissing(String what, JsonValue value) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> PlatformConfiguration.parse(with(json(CANVAS), "issuer", value)));

        assertEquals("The OpenID configuration has no issuer", refusal.getMessage());
    }

    @Test
    void namesTheFirstMissingMember() {
        JsonObject json = without(without(json(CANVAS), "token_endpoint"), "issuer");

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> PlatformConfiguration.parse(json));
        assertEquals("The OpenID configuration has no issuer", refusal.getMessage());
    }

    @Test
    void needsNoPlatformConfigurationClaim() {
        PlatformConfiguration plain = PlatformConfiguration.parse(without(json(CANVAS),
                PlatformConfiguration.PLATFORM_CLAIM));

        assertEquals(Optional.empty(), plain.productFamilyCode());
        assertEquals(List.of(), plain.messagesSupported());
        assertTrue(plain.supportsDeepLinking());
    }

    static Stream<Arguments> messageLists() {
        return Stream.of(
                arguments("resource links only", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest")).build(),
                        List.of("LtiResourceLinkRequest"), false),
                arguments("deep linking only", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "LtiDeepLinkingRequest")).build(),
                        List.of("LtiDeepLinkingRequest"), true),
                arguments("an empty list", JsonValue.EMPTY_JSON_ARRAY, List.of(), true),
                arguments("entries without a type", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("placements", Json.createArrayBuilder().add("x")))
                        .add(Json.createObjectBuilder().add("type", "LtiResourceLinkRequest")).build(),
                        List.of("LtiResourceLinkRequest"), false),
                arguments("not an array", Json.createValue("LtiDeepLinkingRequest"), List.of(), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageLists")
    void supportsDeepLinkingWhenListedOrWhenNothingIsListed(String situation, JsonValue messages,
                                                            List<String> expected, boolean deepLinking) {
        PlatformConfiguration platform = PlatformConfiguration.parse(withMessages(json(CANVAS), messages));

        assertEquals(expected, platform.messagesSupported());
        assertEquals(deepLinking, platform.supportsDeepLinking());
    }
}
