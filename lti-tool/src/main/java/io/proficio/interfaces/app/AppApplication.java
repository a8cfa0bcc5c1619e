package io.proficio.interfaces.app;

import io.proficio.lti.FrameHeaders;
import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.server.ResourceConfig;

/** The pages under {@code /app}. */
@ApplicationPath("/app")
public class AppApplication extends ResourceConfig {

    public AppApplication() {
        packages(false, AppApplication.class.getPackageName());
        // The pages live in the LMS frame: without these headers the server's X-Frame-Options blocks them.
        register(FrameHeaders.class);
        // Page forms carry the page session in a field, not a cookie: a cross-site form cannot forge one,
        // and Jakarta MVC's CSRF tokens would open an HTTP session (a third-party cookie in the LMS frame).
        property(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.OFF);
    }
}
