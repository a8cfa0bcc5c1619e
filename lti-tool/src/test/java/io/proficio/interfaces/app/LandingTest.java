package io.proficio.interfaces.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jwt.JWTClaimsSet;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformSpec;
import io.proficio.domain.tenant.TenantId;
import io.proficio.lti.launch.AppRole;
import io.proficio.lti.launch.LtiMessage;
import io.proficio.lti.launch.ValidLaunch;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Landing#pageOf}: which page a valid launch opens (LTI Core §5.4). */
class LandingTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final String LEARNER = LIS + "membership#Learner";
    private static final String INSTRUCTOR = LIS + "membership#Instructor";
    private static final String TEACHING_ASSISTANT = LIS + "membership/Instructor#TeachingAssistant";
    private static final String COURSE_ADMIN = LIS + "membership#Administrator";
    private static final String MENTOR = LIS + "membership#Mentor";
    private static final String SYSTEM_ADMIN = LIS + "system/person#SysAdmin";
    private static final String INSTITUTION_ADMIN = LIS + "institution/person#Administrator";
    private static final String INSTITUTION_STUDENT = LIS + "institution/person#Student";
    private static final String SYSTEM_USER = LIS + "system/person#User";

    private static final Platform PLATFORM = new Platform(PlatformId.generate(), new TenantId("t"),
            new PlatformSpec("https://moodle.example.edu", "Fv2bDqg6vJH3tz8", "Example University",
                    "https://moodle.example.edu/mod/lti/auth.php", "https://moodle.example.edu/mod/lti/token.php",
                    "https://moodle.example.edu/mod/lti/certs.php", List.of("3"), true, "moodle"),
            Platform.Origin.API, Instant.now());

    /** How a launch is made: its message type, whether it comes from a course, and its custom page. */
    private enum From { COURSE, NO_COURSE, DEEP_LINKING, PROFILE_LINK, OTHER_PAGE_LINK, COMPETENCY_LINK, FORGED_COMPETENCY_LINK }

    private static ValidLaunch launch(From from, List<String> roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://moodle.example.edu")
                .subject("42")
                .audience("Fv2bDqg6vJH3tz8")
                .claim(LTI + "deployment_id", "3")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "roles", roles);
        if (from == From.DEEP_LINKING) {
            claims.claim(LTI + "message_type", "LtiDeepLinkingRequest")
                    .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                            "deep_link_return_url", "https://moodle.example.edu/mod/lti/contentitem_return.php",
                            "accept_types", List.of("ltiResourceLink")));
        } else {
            claims.claim(LTI + "message_type", "LtiResourceLinkRequest")
                    .claim(LTI + "resource_link", Map.of("id", "8", "title", "Manual handling"));
        }
        if (from != From.NO_COURSE) {
            claims.claim(LTI + "context", Map.of("id", "17", "label", "SAFETY-101", "title", "Workplace Safety"));
        }
        if (from == From.PROFILE_LINK) {
            claims.claim(LTI + "custom", Map.of(Landing.PAGE_PARAMETER, "profile"));
        }
        if (from == From.COMPETENCY_LINK) {
            claims.claim(LTI + "custom", Map.of(Landing.PAGE_PARAMETER, "profile", Landing.COMPETENCY_PARAMETER, "c-7f3e"));
        }
        if (from == From.FORGED_COMPETENCY_LINK) {
            claims.claim(LTI + "custom", Map.of(Landing.PAGE_PARAMETER, "profile", Landing.COMPETENCY_PARAMETER, "../../admin"));
        }
        if (from == From.OTHER_PAGE_LINK) {
            claims.claim(LTI + "custom", Map.of(Landing.PAGE_PARAMETER, "team"));
        }
        return new ValidLaunch(PLATFORM, LtiMessage.parse(claims.build()), AppRole.fromLti(roles));
    }

    static Stream<Arguments> launches() {
        return Stream.of(
                arguments(From.DEEP_LINKING, List.of(INSTRUCTOR), "deep-linking"),
                arguments(From.DEEP_LINKING, List.of(LEARNER), "deep-linking"),
                arguments(From.DEEP_LINKING, List.of(SYSTEM_ADMIN), "deep-linking"),
                arguments(From.COURSE, List.of(INSTRUCTOR), "instructor"),
                arguments(From.COURSE, List.of(TEACHING_ASSISTANT), "instructor"),
                arguments(From.COURSE, List.of(COURSE_ADMIN), "instructor"),
                arguments(From.COURSE, List.of(SYSTEM_ADMIN, LEARNER), "instructor"),
                arguments(From.COURSE, List.of(MENTOR, INSTRUCTOR), "instructor"),
                arguments(From.NO_COURSE, List.of(SYSTEM_ADMIN), "admin"),
                arguments(From.NO_COURSE, List.of(INSTITUTION_ADMIN, MENTOR), "admin"),
                arguments(From.NO_COURSE, List.of(INSTRUCTOR), "learner"),
                arguments(From.COURSE, List.of(MENTOR), "team"),
                arguments(From.NO_COURSE, List.of(MENTOR), "team"),
                arguments(From.COURSE, List.of(LEARNER), "learner"),
                arguments(From.NO_COURSE, List.of(INSTITUTION_STUDENT), "learner"),
                arguments(From.COURSE, List.of(), "learner"),
                arguments(From.COURSE, List.of(SYSTEM_USER, "http://example.com/roles#Auditor"), "learner"),
                arguments(From.PROFILE_LINK, List.of(INSTRUCTOR), "learner"),
                arguments(From.PROFILE_LINK, List.of(MENTOR), "learner"),
                arguments(From.OTHER_PAGE_LINK, List.of(INSTRUCTOR), "instructor"),
                arguments(From.COMPETENCY_LINK, List.of(LEARNER), "learner/competencies/c-7f3e"),
                arguments(From.COMPETENCY_LINK, List.of(INSTRUCTOR), "learner/competencies/c-7f3e"),
                arguments(From.FORGED_COMPETENCY_LINK, List.of(LEARNER), "learner"));
    }

    /** Deep Linking 2.0 §4.4.1 accept_lineitem: absent (Moodle) counts as accepted, only false refuses. */
    @ParameterizedTest(name = "accept_lineitem {0}: line items {1}")
    @MethodSource("lineItemSettings")
    void aLineItemGoesBackUnlessThePlatformRefusesIt(Optional<Boolean> acceptLineItem, boolean accepted) {
        Map<String, Object> settings = new java.util.HashMap<>(Map.of(
                "deep_link_return_url", "https://moodle.example.edu/mod/lti/contentitem_return.php",
                "accept_types", List.of("ltiResourceLink")));
        acceptLineItem.ifPresent(value -> settings.put("accept_lineitem", value));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://moodle.example.edu").subject("42")
                .audience("Fv2bDqg6vJH3tz8").claim(LTI + "deployment_id", "3").claim(LTI + "version", "1.3.0")
                .claim(LTI + "roles", List.of(INSTRUCTOR)).claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings).build();

        assertEquals(accepted, Landing.lineItemsAccepted(LtiMessage.parse(claims).deepLinkingSettings().orElseThrow()));
    }

    static Stream<Arguments> lineItemSettings() {
        return Stream.of(arguments(Optional.empty(), true), arguments(Optional.of(true), true),
                arguments(Optional.of(false), false));
    }

    @ParameterizedTest(name = "{0} with {1} opens {2}")
    @MethodSource("launches")
    void opensThePageForTheLaunchAndRoles(From from, List<String> roles, String page) {
        assertEquals(page, Landing.pageOf(launch(from, roles)));
    }
}
