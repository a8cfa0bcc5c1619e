package io.proficio.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformSpec;
import io.proficio.domain.person.Person;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LaunchProvisioning}: what a valid launch records (LTI Core §3.1.3, §5.3.6, §5.4.1). */
class LaunchProvisioningTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String ISSUER = "https://moodle.example.edu";
    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    private static final Platform PLATFORM = new Platform(PlatformId.generate(), new TenantId("t"),
            new PlatformSpec(ISSUER, "Fv2bDqg6vJH3tz8", "Example University", ISSUER + "/mod/lti/auth.php",
                    ISSUER + "/mod/lti/token.php", ISSUER + "/mod/lti/certs.php", List.of("3"), true, "moodle"),
            Platform.Origin.API, Instant.now());

    private final RecordingLaunches launches = new RecordingLaunches();
    private final LaunchProvisioning provisioning = new LaunchProvisioning();

    {
        provisioning.launches = launches;
    }

    private static ValidLaunch launch(JWTClaimsSet.Builder claims) {
        LtiMessage message = LtiMessage.parse(claims.issuer(ISSUER).audience("Fv2bDqg6vJH3tz8")
                .claim(LTI + "deployment_id", "copied-course")
                .claim(LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "resource_link", Map.of("id", "8"))
                .claim(LTI + "context", Map.of("id", "17", "title", "Workplace Safety"))
                .claim(LTI + "roles", List.of(INSTRUCTOR)).build());
        return new ValidLaunch(PLATFORM, message, AppRole.fromLti(message.roles()));
    }

    @Test
    void recordsTheDeploymentThePersonAndTheirPlaceOnTheRoster() {
        Optional<Person> person = provisioning.provision(launch(new JWTClaimsSet.Builder().subject("42")
                .claim("name", "Ana Ferreira").claim("email", "ana.ferreira@example.edu")
                .claim(LTI + "lis", Map.of("person_sourcedid", "emp-00042"))));

        assertTrue(person.isPresent());
        assertEquals(List.of("recordDeployment", "arrive"), launches.calls);
        assertTrue(launches.knownDeployments.contains("copied-course"));
        LaunchService.Arrival arrival = launches.arrivals.get(0);
        assertEquals("lti:" + ISSUER + "|42", arrival.user().identifier());
        assertEquals(Optional.of("Ana Ferreira"), arrival.user().name());
        assertEquals(List.of("mailto:ana.ferreira@example.edu", "account:" + ISSUER + "|emp-00042"),
                arrival.user().alsoKnownAs());
        assertEquals(Optional.of(ISSUER + "|17"), arrival.courseRef());
        assertEquals(AppRole.courseRoles(List.of(INSTRUCTOR)), arrival.courseRoles());
    }

    @Test
    void anAnonymousLaunchRecordsNoOne() {
        Optional<Person> person = provisioning.provision(launch(new JWTClaimsSet.Builder()));

        assertEquals(Optional.empty(), person);
        assertEquals(List.of("recordDeployment"), launches.calls);
    }
}
