package io.proficio.bench;

import io.proficio.testing.lms.LoginOptions;
import java.net.URI;

/**
 * A tool the launch load drives, and what differs from one tool to another in an LTI 1.3 launch (LTI
 * Core 1.3 §5.1.1, Security Framework §5.1.1): where its login initiation and its target link URI are
 * ({@link LoginOptions#loginPath()}, {@link LoginOptions#targetLinkUri()}), which redirect it answers
 * the id_token post with, and how the figures name its two requests.
 *
 * @param name how the figures name the tool
 * @param base the tool's base URL, where the platform initiates logins
 * @param login how the platform initiates a login to it
 * @param launchStatus the status of its answer to the id_token post, a redirect to its first page
 * @param launchStep the id_token post in the figures, e.g. {@code id_token post (/lti/launch)}
 * @param pageStep the first page in the figures, e.g. {@code first page (/app/learner)}
 */
record LaunchTarget(String name, URI base, LoginOptions login, int launchStatus, String launchStep, String pageStep) {

    /** Proficio at {@code base}: {@code /lti/login}, {@code /lti/launch}, 303 See Other to {@code /app/learner}. */
    static LaunchTarget proficio(URI base) {
        return new LaunchTarget("Proficio", base, LoginOptions.defaults(), 303, "id_token post (/lti/launch)",
                "first page (/app/learner)");
    }
}
