package io.proficio.lti.launch;

import io.proficio.domain.lti.Platform;
import io.proficio.domain.person.Person;
import java.util.Optional;
import java.util.Set;

/**
 * A launch that passed every check: the platform it came from, its message, the person it names
 * (empty for an anonymous launch) and what they may do in Proficio.
 */
public record ValidLaunch(Platform platform, LtiMessage message, Optional<Person> person, Set<AppRole> roles) {

    /** The course a launch came from, as rosters and alignments name it: {@code <issuer>|<context id>}. */
    public Optional<String> courseRef() {
        return courseRef(platform, message);
    }

    static Optional<String> courseRef(Platform platform, LtiMessage message) {
        return message.context().map(context -> platform.issuer() + "|" + context.id());
    }
}
