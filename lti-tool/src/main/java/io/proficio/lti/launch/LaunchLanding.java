package io.proficio.lti.launch;

import io.proficio.domain.person.Person;
import java.net.URI;
import java.util.Optional;

/**
 * Where a valid launch goes next: the tool's pages decide (LTI Core §5.4), the launch pipeline only
 * asks. Implemented by the page layer, so the protocol knows nothing of pages.
 */
public interface LaunchLanding {

    /**
     * The page the launch opens, with a fresh page session; never null.
     *
     * @param launch the valid launch, not {@code null}
     * @param person who {@link LaunchProvisioning} found it names; empty for an anonymous launch
     */
    URI pageFor(ValidLaunch launch, Optional<Person> person);
}
