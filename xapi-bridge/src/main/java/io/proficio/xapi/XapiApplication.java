package io.proficio.xapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The xAPI endpoint; the web module's context root is {@code /xapi}, so resources sit right under it. */
@ApplicationPath("/")
public class XapiApplication extends Application {
}
