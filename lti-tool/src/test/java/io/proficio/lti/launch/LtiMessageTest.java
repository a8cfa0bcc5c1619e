package io.proficio.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import io.proficio.lti.launch.LtiMessage.Ags;
import io.proficio.lti.launch.LtiMessage.Context;
import io.proficio.lti.launch.LtiMessage.DeepLinkingSettings;
import io.proficio.lti.launch.LtiMessage.LaunchPresentation;
import io.proficio.lti.launch.LtiMessage.Lis;
import io.proficio.lti.launch.LtiMessage.MessageType;
import io.proficio.lti.launch.LtiMessage.Nrps;
import io.proficio.lti.launch.LtiMessage.ResourceLink;
import io.proficio.lti.launch.LtiMessage.ToolPlatform;
import io.proficio.lti.launch.LtiMessage.User;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LtiMessageTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String RESOURCE_LINK = LTI + "resource_link";
    private static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    /** A Moodle 4.5 resource link launch from a course activity, as Moodle signs it. */
    private static final String MOODLE_LAUNCH = """
            {
              "nonce": "YKh3r0s9Gm6Wq1sv",
              "iat": 1772357400,
              "exp": 1772357460,
              "iss": "https://moodle.example.edu",
              "aud": "Fv2bDqg6vJH3tz8",
              "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "3",
              "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": "https://proficio.example.com/lti/launch",
              "sub": "42",
              "https://purl.imsglobal.org/spec/lti/claim/lis": {
                "person_sourcedid": "emp-00042",
                "course_section_sourcedid": "SAFETY-101-2026"
              },
              "https://purl.imsglobal.org/spec/lti/claim/roles": [
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
              ],
              "https://purl.imsglobal.org/spec/lti/claim/context": {
                "id": "17",
                "label": "SAFETY-101",
                "title": "Workplace Safety",
                "type": ["CourseSection"]
              },
              "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
              "https://purl.imsglobal.org/spec/lti/claim/resource_link": {
                "title": "Manual handling",
                "description": "",
                "id": "8"
              },
              "given_name": "Ana",
              "family_name": "Ferreira",
              "name": "Ana Ferreira",
              "https://purl.imsglobal.org/spec/lti/claim/ext": {"user_username": "aferreira", "lms": "moodle-2"},
              "email": "ana.ferreira@example.edu",
              "https://purl.imsglobal.org/spec/lti/claim/launch_presentation": {
                "locale": "pt",
                "document_target": "iframe",
                "return_url": "https://moodle.example.edu/mod/lti/return.php?course=17&launch_container=3&instanceid=8"
              },
              "https://purl.imsglobal.org/spec/lti/claim/tool_platform": {
                "product_family_code": "moodle",
                "version": "2024100700",
                "guid": "moodle.example.edu",
                "name": "Example University",
                "description": "Example University Moodle"
              },
              "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
              "https://purl.imsglobal.org/spec/lti/claim/custom": {
                "competency_id": "c-manual-handling",
                "framework": "safety"
              },
              "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
                "scope": [
                  "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/score"
                ],
                "lineitems": "https://moodle.example.edu/mod/lti/services.php/17/lineitems?type_id=5",
                "lineitem": "https://moodle.example.edu/mod/lti/services.php/17/lineitems/21/lineitem?type_id=5"
              },
              "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
                "context_memberships_url": "https://moodle.example.edu/mod/lti/services.php/CourseSection/17/bindings/5/memberships",
                "service_versions": ["1.0", "2.0"]
              }
            }
            """;

    /** A Canvas resource link launch from course navigation, with Canvas's extra claims and numbers. */
    private static final String CANVAS_LAUNCH = """
            {
              "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
              "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
              "https://purl.imsglobal.org/spec/lti/claim/resource_link": {
                "id": "a3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                "description": null,
                "title": "Competency check-in",
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
                "scope": [
                  "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                  "https://purl.imsglobal.org/spec/lti-ags/scope/score"
                ],
                "lineitems": "https://canvas.instructure.com/api/lti/courses/1234/line_items",
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "aud": "10000000000123",
              "azp": "10000000000123",
              "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "123:8865aa05b4b79b64a91a86042e43af5ea8ae79eb",
              "exp": 1772357460,
              "iat": 1772357400,
              "iss": "https://canvas.instructure.com",
              "nonce": "c5f3d1a0-8d5e-4b0e-9f1a-2e3d4c5b6a79",
              "sub": "7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
              "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": "https://proficio.example.com/lti/launch",
              "picture": "https://canvas.instructure.com/images/messages/avatar-50.png",
              "email": "sam.okafor@example.com",
              "name": "Sam Okafor",
              "given_name": "Sam",
              "family_name": "Okafor",
              "https://purl.imsglobal.org/spec/lti/claim/lis": {
                "person_sourcedid": "E-20931",
                "course_offering_sourcedid": "SAFETY-101",
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "https://purl.imsglobal.org/spec/lti/claim/context": {
                "id": "4dde05e8ca1973bcca9bffc13e1548820eee93a3",
                "label": "SAFETY-101",
                "title": "Workplace Safety",
                "type": ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"],
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "https://purl.imsglobal.org/spec/lti/claim/tool_platform": {
                "guid": "rN9b5EFaHCjE2Kx0m7O5H0j5tWLA8rU6XqAnjVdD:canvas-lms",
                "name": "Example Corp",
                "version": "cloud",
                "product_family_code": "canvas",
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "https://purl.imsglobal.org/spec/lti/claim/launch_presentation": {
                "document_target": "iframe",
                "height": 400,
                "width": 800,
                "return_url": "https://canvas.instructure.com/courses/1234/external_content/success/external_tool_redirect",
                "locale": "en",
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "locale": "en",
              "https://purl.imsglobal.org/spec/lti/claim/roles": [
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"
              ],
              "https://purl.imsglobal.org/spec/lti/claim/custom": {
                "canvas_course_id": 1234,
                "canvas_user_login_id": "sokafor",
                "passing_score": 0.8,
                "is_observer": false
              },
              "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
                "context_memberships_url": "https://canvas.instructure.com/api/lti/courses/1234/names_and_roles",
                "service_versions": ["2.0"],
                "validation_context": null,
                "errors": {"errors": {}}
              },
              "https://purl.imsglobal.org/spec/lti/claim/lti11_legacy_user_id": "535fa085f22b4655f48cd5a36a9215f64c062838",
              "https://purl.imsglobal.org/spec/lti/claim/lti1p1": {"user_id": "535fa085f22b4655f48cd5a36a9215f64c062838"},
              "https://www.instructure.com/placement": "course_navigation",
              "errors": {"errors": {}}
            }
            """;

    /** A Moodle deep linking request from a teacher who is also a site administrator. */
    private static final String MOODLE_DEEP_LINKING = """
            {
              "nonce": "p2Qk9vX1aB7c",
              "iat": 1772357400,
              "exp": 1772357460,
              "iss": "https://moodle.example.edu",
              "aud": "Fv2bDqg6vJH3tz8",
              "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "3",
              "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": "https://proficio.example.com/lti/deep-linking",
              "sub": "2",
              "https://purl.imsglobal.org/spec/lti/claim/roles": [
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"
              ],
              "https://purl.imsglobal.org/spec/lti/claim/context": {
                "id": "17", "label": "SAFETY-101", "title": "Workplace Safety", "type": ["CourseSection"]
              },
              "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingRequest",
              "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
              "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
                "deep_link_return_url": "https://moodle.example.edu/mod/lti/contentitem_return.php?course=17&id=5",
                "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["frame", "iframe", "window"],
                "accept_copy_advice": false,
                "accept_multiple": true,
                "accept_unsigned": false,
                "accept_lineitem": true,
                "auto_create": false,
                "can_confirm": false,
                "copy_advice_required": false,
                "title": "",
                "text": "",
                "data": "5,17,f3a9c1"
              }
            }
            """;

    private static final LtiMessage MOODLE = parse(MOODLE_LAUNCH, claims -> { });
    private static final LtiMessage CANVAS = parse(CANVAS_LAUNCH, claims -> { });
    private static final LtiMessage DEEP_LINKING = parse(MOODLE_DEEP_LINKING, claims -> { });

    static Stream<Arguments> moodleResourceLinkLaunch() {
        return Stream.of(
                row("message type", LtiMessage::messageType, MessageType.RESOURCE_LINK),
                row("version", LtiMessage::version, "1.3.0"),
                row("deployment id", LtiMessage::deploymentId, "3"),
                row("target link URI", LtiMessage::targetLinkUri, Optional.of("https://proficio.example.com/lti/launch")),
                row("issuer", LtiMessage::issuer, "https://moodle.example.edu"),
                row("subject", LtiMessage::subject, Optional.of("42")),
                row("user without picture or locale", LtiMessage::user, new User(Optional.of("Ana Ferreira"),
                        Optional.of("Ana"), Optional.of("Ferreira"), Optional.of("ana.ferreira@example.edu"),
                        Optional.empty(), Optional.empty())),
                row("lis", LtiMessage::lis, new Lis(Optional.of("emp-00042"), Optional.of("SAFETY-101-2026"))),
                row("roles", LtiMessage::roles, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")),
                row("no mentees", LtiMessage::roleScopeMentor, List.of()),
                row("context with a simple type name", LtiMessage::context, Optional.of(new Context("17",
                        Optional.of("SAFETY-101"), Optional.of("Workplace Safety"), List.of("CourseSection")))),
                row("resource link, empty description absent", LtiMessage::resourceLink,
                        Optional.of(new ResourceLink("8", Optional.of("Manual handling"), Optional.empty()))),
                row("tool platform", LtiMessage::toolPlatform, Optional.of(new ToolPlatform("moodle.example.edu",
                        Optional.of("Example University"), Optional.of("moodle"), Optional.of("2024100700")))),
                row("launch presentation", LtiMessage::launchPresentation, Optional.of(new LaunchPresentation(
                        Optional.of("iframe"),
                        Optional.of("https://moodle.example.edu/mod/lti/return.php?course=17&launch_container=3&instanceid=8"),
                        Optional.of("pt"), OptionalInt.empty(), OptionalInt.empty()))),
                row("custom", LtiMessage::custom, Map.of("competency_id", "c-manual-handling", "framework", "safety")),
                row("AGS", LtiMessage::ags, Optional.of(new Ags(List.of(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        Optional.of("https://moodle.example.edu/mod/lti/services.php/17/lineitems?type_id=5"),
                        Optional.of("https://moodle.example.edu/mod/lti/services.php/17/lineitems/21/lineitem?type_id=5")))),
                row("NRPS", LtiMessage::nrps, Optional.of(new Nrps(
                        "https://moodle.example.edu/mod/lti/services.php/CourseSection/17/bindings/5/memberships",
                        List.of("1.0", "2.0")))),
                row("no deep linking settings", LtiMessage::deepLinkingSettings, Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void moodleResourceLinkLaunch(Function<LtiMessage, Object> read, Object expected) {
        assertEquals(expected, read.apply(MOODLE));
    }

    static Stream<Arguments> canvasResourceLinkLaunch() {
        return Stream.of(
                row("message type", LtiMessage::messageType, MessageType.RESOURCE_LINK),
                row("deployment id", LtiMessage::deploymentId, "123:8865aa05b4b79b64a91a86042e43af5ea8ae79eb"),
                row("issuer", LtiMessage::issuer, "https://canvas.instructure.com"),
                row("subject", LtiMessage::subject, Optional.of("7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")),
                row("user", LtiMessage::user, new User(Optional.of("Sam Okafor"), Optional.of("Sam"),
                        Optional.of("Okafor"), Optional.of("sam.okafor@example.com"),
                        Optional.of("https://canvas.instructure.com/images/messages/avatar-50.png"), Optional.of("en"))),
                row("lis without a course section", LtiMessage::lis, new Lis(Optional.of("E-20931"), Optional.empty())),
                row("roles as sent", LtiMessage::roles, List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#User")),
                row("context", LtiMessage::context, Optional.of(new Context("4dde05e8ca1973bcca9bffc13e1548820eee93a3",
                        Optional.of("SAFETY-101"), Optional.of("Workplace Safety"),
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))),
                row("resource link, null description absent", LtiMessage::resourceLink, Optional.of(new ResourceLink(
                        "a3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d", Optional.of("Competency check-in"), Optional.empty()))),
                row("tool platform", LtiMessage::toolPlatform, Optional.of(new ToolPlatform(
                        "rN9b5EFaHCjE2Kx0m7O5H0j5tWLA8rU6XqAnjVdD:canvas-lms", Optional.of("Example Corp"),
                        Optional.of("canvas"), Optional.of("cloud")))),
                row("launch presentation with a size", LtiMessage::launchPresentation, Optional.of(
                        new LaunchPresentation(Optional.of("iframe"), Optional.of(
                                "https://canvas.instructure.com/courses/1234/external_content/success/external_tool_redirect"),
                                Optional.of("en"), OptionalInt.of(800), OptionalInt.of(400)))),
                row("custom numbers and booleans as strings", LtiMessage::custom, Map.of(
                        "canvas_course_id", "1234", "canvas_user_login_id", "sokafor",
                        "passing_score", "0.8", "is_observer", "false")),
                row("AGS without a line item", LtiMessage::ags, Optional.of(new Ags(List.of(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        Optional.of("https://canvas.instructure.com/api/lti/courses/1234/line_items"),
                        Optional.empty()))),
                row("NRPS", LtiMessage::nrps, Optional.of(new Nrps(
                        "https://canvas.instructure.com/api/lti/courses/1234/names_and_roles", List.of("2.0")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void canvasResourceLinkLaunch(Function<LtiMessage, Object> read, Object expected) {
        assertEquals(expected, read.apply(CANVAS));
    }

    static Stream<Arguments> moodleDeepLinkingRequest() {
        return Stream.of(
                row("message type", LtiMessage::messageType, MessageType.DEEP_LINKING),
                row("no resource link", LtiMessage::resourceLink, Optional.empty()),
                row("roles", message -> message.roles().size(), 3),
                row("settings, blank title and text absent", LtiMessage::deepLinkingSettings, Optional.of(
                        new DeepLinkingSettings(
                                "https://moodle.example.edu/mod/lti/contentitem_return.php?course=17&id=5",
                                List.of("ltiResourceLink"), List.of("frame", "iframe", "window"), Optional.empty(),
                                true, Optional.of(true), false, Optional.empty(), Optional.empty(),
                                Optional.of("5,17,f3a9c1")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void moodleDeepLinkingRequest(Function<LtiMessage, Object> read, Object expected) {
        assertEquals(expected, read.apply(DEEP_LINKING));
    }

    static Stream<Arguments> refusesLaunchWithoutWhatItsMessageTypeRequires() {
        return Stream.of(
                refusal(MOODLE_LAUNCH, "no message_type", remove(LTI + "message_type"),
                        LaunchError.MESSAGE_TYPE_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "a message_type this tool does not handle",
                        put(LTI + "message_type", "LtiSubmissionReviewRequest"), LaunchError.MESSAGE_TYPE_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "a message_type in the wrong case",
                        put(LTI + "message_type", "ltiresourcelinkrequest"), LaunchError.MESSAGE_TYPE_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "a message_type that is an array",
                        put(LTI + "message_type", List.of("LtiResourceLinkRequest")),
                        LaunchError.MESSAGE_TYPE_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "a bad message_type and a bad version",
                        put(LTI + "message_type", "LtiStartProctoring").andThen(put(LTI + "version", "1.1")),
                        LaunchError.MESSAGE_TYPE_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "no version", remove(LTI + "version"), LaunchError.VERSION_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "version 1.3", put(LTI + "version", "1.3"), LaunchError.VERSION_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "version as a number", put(LTI + "version", 1.3),
                        LaunchError.VERSION_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "a bad version and no resource link",
                        put(LTI + "version", "1.1").andThen(remove(RESOURCE_LINK)), LaunchError.VERSION_UNSUPPORTED),
                refusal(MOODLE_LAUNCH, "no resource_link", remove(RESOURCE_LINK), LaunchError.RESOURCE_LINK_MISSING),
                refusal(MOODLE_LAUNCH, "a resource_link without id", putIn(RESOURCE_LINK, "id", null),
                        LaunchError.RESOURCE_LINK_MISSING),
                refusal(MOODLE_LAUNCH, "a blank resource_link.id", putIn(RESOURCE_LINK, "id", "  "),
                        LaunchError.RESOURCE_LINK_MISSING),
                refusal(MOODLE_LAUNCH, "a resource_link.id that is a number", putIn(RESOURCE_LINK, "id", 8),
                        LaunchError.RESOURCE_LINK_MISSING),
                refusal(MOODLE_LAUNCH, "a resource_link that is a string", put(RESOURCE_LINK, "8"),
                        LaunchError.RESOURCE_LINK_MISSING),
                refusal(MOODLE_LAUNCH, "no resource link and no roles",
                        remove(RESOURCE_LINK).andThen(remove(LTI + "roles")), LaunchError.RESOURCE_LINK_MISSING),
                refusal(MOODLE_LAUNCH, "no roles", remove(LTI + "roles"), LaunchError.ROLES_MISSING),
                refusal(MOODLE_LAUNCH, "roles that are a string",
                        put(LTI + "roles", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
                        LaunchError.ROLES_MISSING),
                refusal(MOODLE_DEEP_LINKING, "a deep linking request without roles", remove(LTI + "roles"),
                        LaunchError.ROLES_MISSING),
                refusal(MOODLE_DEEP_LINKING, "no roles and no deep linking settings",
                        remove(LTI + "roles").andThen(remove(DL_SETTINGS)), LaunchError.ROLES_MISSING),
                refusal(MOODLE_DEEP_LINKING, "no deep_linking_settings", remove(DL_SETTINGS),
                        LaunchError.DEEP_LINKING_SETTINGS_MISSING),
                refusal(MOODLE_DEEP_LINKING, "settings without deep_link_return_url",
                        putIn(DL_SETTINGS, "deep_link_return_url", null), LaunchError.DEEP_LINKING_SETTINGS_MISSING),
                refusal(MOODLE_DEEP_LINKING, "a deep_link_return_url that is a number",
                        putIn(DL_SETTINGS, "deep_link_return_url", 5), LaunchError.DEEP_LINKING_SETTINGS_MISSING),
                refusal(MOODLE_DEEP_LINKING, "deep_linking_settings that are an array",
                        put(DL_SETTINGS, List.of("https://moodle.example.edu/mod/lti/contentitem_return.php")),
                        LaunchError.DEEP_LINKING_SETTINGS_MISSING));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource
    void refusesLaunchWithoutWhatItsMessageTypeRequires(String launch, Consumer<Map<String, Object>> change,
            LaunchError expected) {
        JWTClaimsSet claims = claims(launch, change);
        LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> LtiMessage.parse(claims));
        assertEquals(expected, rejected.error());
    }

    @Test
    void refusalSaysWhichMessageTypeWasSent() {
        JWTClaimsSet claims = claims(MOODLE_LAUNCH, put(LTI + "message_type", "LtiSubmissionReviewRequest"));
        LaunchRejected rejected = assertThrows(LaunchRejected.class, () -> LtiMessage.parse(claims));
        assertTrue(rejected.getMessage().endsWith("Got \"LtiSubmissionReviewRequest\"."), rejected.getMessage());
    }

    static Stream<Arguments> acceptsLaunchAndReadsWhatIsThere() {
        return Stream.of(
                accepted("empty roles", put(LTI + "roles", List.of()), LtiMessage::roles, List.of()),
                accepted("non-string roles dropped",
                        put(LTI + "roles", List.of(7, "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor")),
                        LtiMessage::roles, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor")),
                accepted("anonymous: no sub", remove("sub"), LtiMessage::subject, Optional.empty()),
                accepted("anonymous: no user claims",
                        remove("sub").andThen(remove("name")).andThen(remove("given_name"))
                                .andThen(remove("family_name")).andThen(remove("email")),
                        LtiMessage::user, new User(Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty(), Optional.empty())),
                accepted("no context", remove(LTI + "context"), LtiMessage::context, Optional.empty()),
                accepted("a context that is a string", put(LTI + "context", "17"), LtiMessage::context,
                        Optional.empty()),
                accepted("a context without id", putIn(LTI + "context", "id", null), LtiMessage::context,
                        Optional.empty()),
                accepted("a context type that is a string", putIn(LTI + "context", "type", "CourseSection"),
                        message -> message.context().orElseThrow().types(), List.of()),
                accepted("a resource link title that is a number", putIn(RESOURCE_LINK, "title", 8),
                        LtiMessage::resourceLink, Optional.of(new ResourceLink("8", Optional.empty(), Optional.empty()))),
                accepted("no lis", remove(LTI + "lis"), LtiMessage::lis, new Lis(Optional.empty(), Optional.empty())),
                accepted("a tool platform without guid", putIn(LTI + "tool_platform", "guid", null),
                        LtiMessage::toolPlatform, Optional.empty()),
                accepted("a width that is a string", putIn(LTI + "launch_presentation", "width", "800px"),
                        message -> message.launchPresentation().orElseThrow().width(), OptionalInt.empty()),
                accepted("custom that is an array", put(LTI + "custom", List.of("a=b")), LtiMessage::custom,
                        Map.of()),
                accepted("nested custom values dropped",
                        put(LTI + "custom", Map.of("plain", "yes", "nested", Map.of("a", "b"), "list", List.of(1))),
                        LtiMessage::custom, Map.of("plain", "yes")),
                accepted("an AGS endpoint that is a string",
                        put("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", "https://moodle.example.edu/ags"),
                        LtiMessage::ags, Optional.empty()),
                accepted("NRPS without a memberships URL",
                        putIn("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                                "context_memberships_url", null),
                        LtiMessage::nrps, Optional.empty()),
                accepted("role_scope_mentor", put(LTI + "role_scope_mentor", List.of("41", "43")),
                        LtiMessage::roleScopeMentor, List.of("41", "43")),
                accepted("an unknown claim of any type", put(LTI + "lti11_legacy_user_id", 123),
                        LtiMessage::messageType, MessageType.RESOURCE_LINK),
                accepted("deep linking settings on a resource link launch are read",
                        put(DL_SETTINGS, Map.of("deep_link_return_url", "https://moodle.example.edu/return")),
                        message -> message.deepLinkingSettings().map(DeepLinkingSettings::deepLinkReturnUrl),
                        Optional.of("https://moodle.example.edu/return")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void acceptsLaunchAndReadsWhatIsThere(Consumer<Map<String, Object>> change, Function<LtiMessage, Object> read,
            Object expected) {
        assertEquals(expected, read.apply(LtiMessage.parse(claims(MOODLE_LAUNCH, change))));
    }

    static Stream<Arguments> readsDeepLinkingSettingsLeniently() {
        return Stream.of(
                settings("accept_multiple absent reads false", putIn(DL_SETTINGS, "accept_multiple", null),
                        DeepLinkingSettings::acceptMultiple, false),
                settings("accept_multiple as a string reads false", putIn(DL_SETTINGS, "accept_multiple", "true"),
                        DeepLinkingSettings::acceptMultiple, false),
                settings("accept_lineitem absent stays unknown", putIn(DL_SETTINGS, "accept_lineitem", null),
                        DeepLinkingSettings::acceptLineItem, Optional.empty()),
                settings("auto_create", putIn(DL_SETTINGS, "auto_create", true),
                        DeepLinkingSettings::autoCreate, true),
                settings("accept_media_types", putIn(DL_SETTINGS, "accept_media_types", "image/*,text/html"),
                        DeepLinkingSettings::acceptMediaTypes, Optional.of("image/*,text/html")),
                settings("no data", putIn(DL_SETTINGS, "data", null), DeepLinkingSettings::data, Optional.empty()),
                settings("no accept_types", putIn(DL_SETTINGS, "accept_types", null),
                        DeepLinkingSettings::acceptTypes, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void readsDeepLinkingSettingsLeniently(Consumer<Map<String, Object>> change,
            Function<DeepLinkingSettings, Object> read, Object expected) {
        LtiMessage message = LtiMessage.parse(claims(MOODLE_DEEP_LINKING, change));
        assertEquals(expected, read.apply(message.deepLinkingSettings().orElseThrow()));
    }

    @Test
    void claimsThatWereNotVerifiedAreOurFaultNotThePlatforms() {
        JWTClaimsSet claims = claims(MOODLE_LAUNCH, remove(LTI + "deployment_id"));
        assertThrows(IllegalArgumentException.class, () -> LtiMessage.parse(claims));
    }

    private static Arguments row(String name, Function<LtiMessage, ?> read, Object expected) {
        return arguments(Named.of(name, read), expected);
    }

    private static Arguments accepted(String name, Consumer<Map<String, Object>> change,
            Function<LtiMessage, ?> read, Object expected) {
        return arguments(Named.of(name, change), read, expected);
    }

    private static Arguments settings(String name, Consumer<Map<String, Object>> change,
            Function<DeepLinkingSettings, ?> read, Object expected) {
        return arguments(Named.of(name, change), read, expected);
    }

    private static Arguments refusal(String launch, String name, Consumer<Map<String, Object>> change,
            LaunchError expected) {
        return arguments(launch, Named.of(name, change), expected);
    }

    private static Consumer<Map<String, Object>> remove(String claim) {
        return claims -> claims.remove(claim);
    }

    private static Consumer<Map<String, Object>> put(String claim, Object value) {
        return claims -> claims.put(claim, value);
    }

    /** Sets, or with {@code null} removes, a member of an object claim. */
    @SuppressWarnings("unchecked")
    private static Consumer<Map<String, Object>> putIn(String claim, String member, Object value) {
        return claims -> {
            Map<String, Object> object = (Map<String, Object>) claims.get(claim);
            if (value == null) {
                object.remove(member);
            } else {
                object.put(member, value);
            }
        };
    }

    private static JWTClaimsSet claims(String json, Consumer<Map<String, Object>> change) {
        try {
            Map<String, Object> claims = JSONObjectUtils.parse(json);
            change.accept(claims);
            return JWTClaimsSet.parse(claims);
        } catch (ParseException e) {
            throw new AssertionError("Bad fixture", e);
        }
    }

    private static LtiMessage parse(String json, Consumer<Map<String, Object>> change) {
        return LtiMessage.parse(claims(json, change));
    }
}
