package io.proficio.xapi.about;


import static io.proficio.domain.Jsonp.JSON;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /xapi/about} (xAPI 1.0.3 Communication §2.8; IEEE 9274.1.1 §4.1.5): the versions of
 * xAPI this endpoint accepts, 1.0.3 and 2.0.0 (each request chooses by its version header). Sent with the {@code X-Experience-API-Version} header as every xAPI
 * response is.
 */
@Path("about")
public class AboutResource {

    static final String CURRENT_VERSION = "1.0.3";
    static final String VERSION_2 = "2.0.0";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response about() {
        String body = JSON.createObjectBuilder()
                .add("version", JSON.createArrayBuilder().add(CURRENT_VERSION).add(VERSION_2))
                .add("extensions", JSON.createObjectBuilder())
                .build().toString();
        return Response.ok(body).header("X-Experience-API-Version", CURRENT_VERSION).build();
    }
}
