package io.proficio.lti.keys;

import io.proficio.application.keys.ToolKeyService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /lti/jwks}: the tool's published public keys. Platforms may cache the set for five minutes,
 * well inside the time a rotated key is published before it signs ({@link ToolKeyService#PUBLISH_LEAD}).
 */
@Path("jwks")
public class JwksResource {

    static final int MAX_AGE_SECONDS = 300;

    @Inject
    ToolKeyService keys;

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    public Response keySet() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(keys.publishedKeySet().toString(true)).cacheControl(cache).build();
    }
}
