package io.proficio.lti.launch;

import io.proficio.domain.lti.Platform;
import java.util.Optional;
import java.util.Set;

/**
 * A launch that passed every check of {@link LaunchValidator} (1EdTech Security Framework §5.1.3, LTI
 * Core §5.1): the platform it came from, its message and what its user may do in Proficio. Nothing is
 * recorded about the user yet; {@link LaunchProvisioning} does that.
 */
public record ValidLaunch(Platform platform, LtiMessage message, Set<AppRole> roles) {

    /** The course a launch came from, as rosters and alignments name it: {@code <issuer>|<context id>}. */
    public Optional<String> courseRef() {
        return message.context().map(context -> platform.issuer() + "|" + context.id());
    }
}
