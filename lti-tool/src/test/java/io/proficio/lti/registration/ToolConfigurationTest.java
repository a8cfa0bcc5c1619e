package io.proficio.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The registration request of LTI Dynamic Registration 1.0 §3.5.1. */
class ToolConfigurationTest {

    private static final URI BASE = URI.create("https://proficio.example.com");

    private static PlatformConfiguration platform(List<String> messages) {
        return new PlatformConfiguration("https://canvas.instructure.com",
                "https://sso.canvaslms.com/api/lti/authorize_redirect", "https://sso.canvaslms.com/login/oauth2/token",
                "https://sso.canvaslms.com/api/lti/security/jwks", "https://canvas.example.edu/api/lti/registrations",
                Optional.of("canvas"), messages);
    }

    private static final PlatformConfiguration WITH_DEEP_LINKING =
            platform(List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest"));

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject toolClaim(JsonObject request) {
        return request.getJsonObject(ToolConfiguration.TOOL_CLAIM);
    }

    private static List<String> messageTypes(JsonObject request) {
        return toolClaim(request).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("type")).toList();
    }

    @Test
    void asksForAWebClientWithImplicitIdTokensAndClientCredentials() {
        JsonObject request = ToolConfiguration.of(BASE, WITH_DEEP_LINKING);

        assertEquals("web", request.getString("application_type"));
        assertEquals(List.of("implicit", "client_credentials"), strings(request.getJsonArray("grant_types")));
        assertEquals(List.of("id_token"), strings(request.getJsonArray("response_types")));
        assertEquals("private_key_jwt", request.getString("token_endpoint_auth_method"));
        assertEquals("Proficio", request.getString("client_name"));
    }

    @Test
    void pointsTheLoginLaunchAndKeysUnderTheBaseUrl() {
        JsonObject request = ToolConfiguration.of(BASE, WITH_DEEP_LINKING);

        assertEquals("https://proficio.example.com/lti/login", request.getString("initiate_login_uri"));
        assertEquals(List.of("https://proficio.example.com/lti/launch"), strings(request.getJsonArray("redirect_uris")));
        assertEquals("https://proficio.example.com/lti/jwks", request.getString("jwks_uri"));
        assertEquals("https://proficio.example.com/lti/launch", toolClaim(request).getString("target_link_uri"));
    }

    @Test
    void keepsABaseUrlsPath() {
        JsonObject request = ToolConfiguration.of(URI.create("https://apps.example.com:8443/proficio"),
                WITH_DEEP_LINKING);

        assertEquals("https://apps.example.com:8443/proficio/lti/login", request.getString("initiate_login_uri"));
        assertEquals("https://apps.example.com:8443/proficio/lti/jwks", request.getString("jwks_uri"));
        assertEquals(List.of("https://apps.example.com:8443/proficio/lti/launch"),
                strings(request.getJsonArray("redirect_uris")));
    }

    @Test
    void asksForTheGradeAndRosterScopes() {
        Set<String> scopes = Set.copyOf(Arrays.asList(
                ToolConfiguration.of(BASE, WITH_DEEP_LINKING).getString("scope").split(" ")));

        assertEquals(Set.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"), scopes);
    }

    static Stream<Arguments> domains() {
        return Stream.of(
                arguments("https://proficio.example.com", "proficio.example.com"),
                arguments("https://proficio.example.com:8443", "proficio.example.com:8443"),
                arguments("http://localhost:8080", "localhost:8080"),
                arguments("https://apps.example.com/proficio", "apps.example.com"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("domains")
    void namesTheBaseUrlsHostAndPortAsTheDomain(String baseUrl, String domain) {
        assertEquals(domain, toolClaim(ToolConfiguration.of(URI.create(baseUrl), WITH_DEEP_LINKING))
                .getString("domain"));
    }

    @Test
    void asksForTheUsersIdentityClaims() {
        assertEquals(List.of("iss", "sub", "name", "given_name", "family_name", "email"),
                strings(toolClaim(ToolConfiguration.of(BASE, WITH_DEEP_LINKING)).getJsonArray("claims")));
    }

    static Stream<Arguments> platforms() {
        return Stream.of(
                arguments("deep linking listed", WITH_DEEP_LINKING,
                        List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest")),
                arguments("nothing listed", platform(List.of()),
                        List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest")),
                arguments("resource links only", platform(List.of("LtiResourceLinkRequest")),
                        List.of("LtiResourceLinkRequest")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void offersDeepLinkingOnlyToPlatformsThatSendIt(String situation, PlatformConfiguration platform,
                                                    List<String> types) {
        assertEquals(types, messageTypes(ToolConfiguration.of(BASE, platform)));
    }

    @Test
    void sendsEveryMessageToTheLaunchUrlWithALabel() {
        toolClaim(ToolConfiguration.of(BASE, WITH_DEEP_LINKING)).getJsonArray("messages")
                .getValuesAs(JsonObject.class).forEach(message -> {
                    assertEquals("https://proficio.example.com/lti/launch", message.getString("target_link_uri"));
                    assertTrue(message.get("label") instanceof JsonString label && !label.getString().isBlank(),
                            message.toString());
                });
    }

    @Test
    void describesTheTool() {
        JsonValue description = toolClaim(ToolConfiguration.of(BASE, WITH_DEEP_LINKING)).get("description");

        assertTrue(description instanceof JsonString text && !text.getString().isBlank());
    }
}
