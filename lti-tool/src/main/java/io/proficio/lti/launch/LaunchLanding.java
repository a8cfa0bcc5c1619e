package io.proficio.lti.launch;

import java.net.URI;

/**
 * Where a valid launch goes next: the tool's pages decide (LTI Core §5.4), the launch pipeline only
 * asks. Implemented by the page layer, so the protocol knows nothing of pages.
 */
public interface LaunchLanding {

    /** The page the launch opens, with a fresh page session; never null. */
    URI pageFor(ValidLaunch launch);
}
