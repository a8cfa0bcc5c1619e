package io.proficio.xapi.document;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.xapi.StatementService;
import io.proficio.xapi.http.CurrentSource;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementValidator;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /xapi/activities?activityId=} (xAPI 1.0.3 Communication §2.5): the Activity with the
 * canonical definition merged from the tenant's statements; an activity no statement defined is still
 * answered, as an Activity with its id alone (IEEE 9274.1.1 §4.1.6.4: the LRS "shall still return an
 * Activity Object").
 */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    @Inject
    StatementService statements;
    @Inject
    CurrentSource current;

    @GET
    public String get(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        params.keySet().stream().filter(name -> !name.equals("activityId")).findFirst().ifPresent(name -> {
            throw new XapiRejected(XapiError.UNKNOWN_PARAMETER,
                    "Unknown parameter " + name + "; the Activities resource takes activityId.");
        });
        String activityId = params.getFirst("activityId");
        if (activityId == null || !StatementValidator.isIri(activityId)) {
            throw new XapiRejected(activityId == null ? XapiError.PARAMETER_MISSING : XapiError.PARAMETER_INVALID,
                    "activityId is required and must be an IRI.");
        }
        JsonObjectBuilder activity = JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
        statements.definition(current.source().tenantId(), activityId).ifPresent(d -> activity.add("definition", d));
        return activity.build().toString();
    }
}
