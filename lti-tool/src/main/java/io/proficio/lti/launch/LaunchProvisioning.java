package io.proficio.lti.launch;

import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformUser;
import io.proficio.domain.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What a valid launch makes known, recorded once {@link LaunchValidator} has accepted it and never for a
 * refused one: a deployment not seen before (LTI Core §3.1.3), the person the launch names, found or
 * created from their platform identity (§5.3.6), and their place on the course roster with their roles
 * there (§5.4.1, §5.3.7).
 */
@ApplicationScoped
public class LaunchProvisioning {

    @Inject
    LaunchService launches;

    /**
     * @param launch a launch {@link LaunchValidator#validate} returned, not {@code null}
     * @return the person it names; empty for an anonymous launch (no {@code sub}), which records no one
     */
    public Optional<Person> provision(ValidLaunch launch) {
        Platform platform = launch.platform();
        LtiMessage message = launch.message();
        launches.recordDeployment(platform, message.deploymentId());
        return message.subject().map(subject -> launches.arrive(platform, arrival(subject, launch)));
    }

    private static LaunchService.Arrival arrival(String subject, ValidLaunch launch) {
        LtiMessage message = launch.message();
        LtiMessage.User user = message.user();
        return new LaunchService.Arrival(new PlatformUser(launch.platform().issuer(), subject, user.name(),
                user.givenName(), user.familyName(), user.email(), message.lis().personSourcedid()),
                launch.courseRef(), AppRole.courseRoles(message.roles()));
    }
}
