package io.proficio.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.lti.launch.LaunchError;
import io.proficio.lti.launch.LaunchRejected;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoginInitiationTest {

    /** The login Moodle 4.5 starts, as form parameters. */
    private static final Map<String, String> MOODLE = Map.of(
            "iss", "https://moodle.example.edu",
            "target_link_uri", "https://proficio.example.com/lti/launch",
            "login_hint", "42",
            "lti_message_hint", "{\"cmid\":8,\"launchid\":\"ltilaunch1_1467529047\"}",
            "client_id", "Fv2bDqg6vJH3tz8",
            "lti_deployment_id", "3");

    /** The login Canvas starts, with its own deployment_id and the postMessage storage frame. */
    private static final Map<String, String> CANVAS = Map.of(
            "iss", "https://canvas.instructure.com",
            "login_hint", "535fa085f22f4706b2b1c6c1a3d3b6b8bc33e3d1",
            "client_id", "10000000000042",
            "target_link_uri", "https://proficio.example.com/lti/launch",
            "lti_message_hint", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ2ZXJpZmllciI6IjEifQ.c2ln",
            "canvas_environment", "prod",
            "canvas_region", "us-east-1",
            "deployment_id", "83:9a0c1d3e5f7b2d4c6e8f0a1b3c5d7e9f1a3b5c7d",
            "lti_storage_target", "post_message_forwarding");

    private static MultivaluedMap<String, String> form(Map<String, String> values) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        values.forEach(form::add);
        return form;
    }

    /** {@code values} with {@code name} changed to {@code value}, or removed when {@code value} is null. */
    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    @Test
    void readsMoodlesLogin() {
        LoginInitiation login = LoginInitiation.parse(form(MOODLE));

        assertEquals(new LoginInitiation("https://moodle.example.edu", "42", "https://proficio.example.com/lti/launch",
                Optional.of("{\"cmid\":8,\"launchid\":\"ltilaunch1_1467529047\"}"), Optional.of("Fv2bDqg6vJH3tz8"),
                Optional.of("3"), Optional.empty()), login);
    }

    @Test
    void readsCanvassLoginWithItsDeploymentIdAndStorageTarget() {
        LoginInitiation login = LoginInitiation.parse(form(CANVAS));

        assertEquals("https://canvas.instructure.com", login.issuer());
        assertEquals("535fa085f22f4706b2b1c6c1a3d3b6b8bc33e3d1", login.loginHint());
        assertEquals(Optional.of("10000000000042"), login.clientId());
        assertEquals(Optional.of("83:9a0c1d3e5f7b2d4c6e8f0a1b3c5d7e9f1a3b5c7d"), login.deploymentId());
        assertEquals(Optional.of("post_message_forwarding"), login.storageTarget());
    }

    static Stream<Arguments> refusedLogins() {
        return Stream.of(
                arguments("no iss", with(MOODLE, "iss", null)),
                arguments("no login_hint", with(MOODLE, "login_hint", null)),
                arguments("no target_link_uri", with(MOODLE, "target_link_uri", null)),
                arguments("blank iss", with(MOODLE, "iss", "  ")),
                arguments("empty login_hint", with(MOODLE, "login_hint", "")),
                arguments("blank target_link_uri", with(MOODLE, "target_link_uri", " \t")),
                arguments("relative target_link_uri", with(MOODLE, "target_link_uri", "/lti/launch")),
                arguments("target_link_uri without scheme", with(MOODLE, "target_link_uri",
                        "proficio.example.com/lti/launch")),
                arguments("target_link_uri that is no URI", with(MOODLE, "target_link_uri",
                        "https://proficio.example.com/lti/launch?a=b c")),
                arguments("nothing at all", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedLogins")
    void refusesALoginWithoutIssuerHintOrAbsoluteTarget(String situation, Map<String, String> values) {
        LaunchRejected refusal = assertThrows(LaunchRejected.class, () -> LoginInitiation.parse(form(values)));

        assertEquals(LaunchError.LOGIN_INVALID, refusal.error());
    }

    static Stream<Arguments> deployments() {
        return Stream.of(
                arguments("lti_deployment_id", "3", null, Optional.of("3")),
                arguments("Canvas's deployment_id", null, "83:abc", Optional.of("83:abc")),
                arguments("lti_deployment_id before deployment_id", "3", "83:abc", Optional.of("3")),
                arguments("deployment_id when lti_deployment_id is blank", " ", "83:abc", Optional.of("83:abc")),
                arguments("neither", null, null, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void readsEitherDeploymentParameter(String situation, String ltiDeploymentId, String deploymentId,
                                        Optional<String> expected) {
        Map<String, String> values = with(with(MOODLE, "lti_deployment_id", ltiDeploymentId),
                "deployment_id", deploymentId);

        assertEquals(expected, LoginInitiation.parse(form(values)).deploymentId());
    }

    @Test
    void needsNoClientIdMessageHintDeploymentOrStorageTarget() {
        LoginInitiation login = LoginInitiation.parse(form(Map.of("iss", "https://moodle.example.edu",
                "login_hint", "42", "target_link_uri", "https://proficio.example.com/lti/launch")));

        assertEquals(Optional.empty(), login.messageHint());
        assertEquals(Optional.empty(), login.clientId());
        assertEquals(Optional.empty(), login.deploymentId());
        assertEquals(Optional.empty(), login.storageTarget());
    }

    @Test
    void treatsBlankOptionalParametersAsAbsent() {
        Map<String, String> values = with(with(with(MOODLE, "client_id", ""), "lti_message_hint", " "),
                "lti_storage_target", "");

        LoginInitiation login = LoginInitiation.parse(form(values));

        assertEquals(Optional.empty(), login.clientId());
        assertEquals(Optional.empty(), login.messageHint());
        assertEquals(Optional.empty(), login.storageTarget());
    }

    @Test
    void stripsWhiteSpaceAroundValues() {
        LoginInitiation login = LoginInitiation.parse(form(with(with(MOODLE, "iss", " https://moodle.example.edu\n"),
                "client_id", " Fv2bDqg6vJH3tz8 ")));

        assertEquals("https://moodle.example.edu", login.issuer());
        assertEquals(Optional.of("Fv2bDqg6vJH3tz8"), login.clientId());
    }

    @Test
    void takesTheFirstOfARepeatedParameter() {
        MultivaluedMap<String, String> form = form(MOODLE);
        form.add("client_id", "another");

        assertEquals(Optional.of("Fv2bDqg6vJH3tz8"), LoginInitiation.parse(form).clientId());
    }
}
