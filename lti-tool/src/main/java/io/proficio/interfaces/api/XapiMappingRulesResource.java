package io.proficio.interfaces.api;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.xapi.MappingRulesService;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The tenant's rules from xAPI verb to evidence: {@code GET} those in force (the defaults until
 * replaced), {@code PUT} a whole new set ({@code [{"verb": "<IRI>", "effect": "<slug>"}, …]} or
 * {@code {"rules": [...]}}), {@code DELETE} to go back to the defaults.
 */
@Path("xapi-mapping-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class XapiMappingRulesResource {

    @Inject
    MappingRulesService rules;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The xAPI mapping rules in force")
    public JsonObject get() {
        return json(rules.of(caller.tenantId()));
    }

    @PUT
    @Operation(summary = "Replace the xAPI mapping rules; later statements are mapped with them")
    public JsonObject replace(JsonStructure body) {
        JsonValue list = body instanceof JsonObject object && object.containsKey("rules") ? object.get("rules")
                : Bodies.require(body);
        return json(rules.replace(caller.tenantId(), list));
    }

    @DELETE
    @Operation(summary = "Go back to the default xAPI mapping rules")
    public JsonObject reset() {
        return json(rules.reset(caller.tenantId()));
    }

    private static JsonObject json(MappingRulesService.InForce inForce) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("rules", inForce.rules().toJSONArray())
                .add("defaults", inForce.defaults());
        inForce.updatedAt().ifPresent(at -> json.add("updatedAt", at.toString()));
        return json.build();
    }
}
