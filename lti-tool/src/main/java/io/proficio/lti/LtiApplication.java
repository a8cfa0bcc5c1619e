package io.proficio.lti;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.server.ResourceConfig;

/** The LTI 1.3 protocol endpoints: {@code /lti/login}, {@code /lti/launch}, {@code /lti/jwks}, {@code /lti/register}. */
@ApplicationPath("/lti")
public class LtiApplication extends ResourceConfig {

    public LtiApplication() {
        packages(true, LtiApplication.class.getPackageName());
        register(FrameHeaders.class);
        // Forms of the tool carry no ambient credential (no cookie session): nothing for Jakarta MVC's
        // CSRF tokens to protect, and they would open an HTTP session (a third-party cookie).
        property(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.OFF);
    }
}
