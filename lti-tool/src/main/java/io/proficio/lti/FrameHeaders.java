package io.proficio.lti;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers of every LTI and page response. The pages live in an LMS frame, so any site may frame them
 * ({@code frame-ancestors *}: Canvas and Moodle serve from the customer's own hosts, which the tool
 * cannot list); CSP {@code frame-ancestors} supersedes the server's {@code X-Frame-Options} in
 * browsers. Scripts and styles only from the tool; page sessions travel in URLs, so no referrer and
 * no caching (unless the resource says how it may be cached, as the key set does).
 */
@Provider
public class FrameHeaders implements ContainerResponseFilter {

    static final String POLICY = "frame-ancestors *; default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", POLICY);
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", "no-store");
        }
    }
}
