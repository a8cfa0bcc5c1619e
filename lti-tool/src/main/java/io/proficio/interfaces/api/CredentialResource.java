package io.proficio.interfaces.api;

import io.proficio.application.certification.CredentialVerifier;
import io.proficio.domain.error.ProficioException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public verification of the Open Badges 3.0 credentials Proficio issues, and the issuer profiles
 * they name. No token: whoever holds a credential may have it checked.
 */
@Path("credentials")
@Produces(MediaType.APPLICATION_JSON)
@Public
public class CredentialResource {

    /** A credential to verify, in JSON. */
    public record VerifyRequest(String credential) {
    }

    @Inject
    CredentialVerifier verifier;

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a credential (VC-JWT) issued here: signature, type, validity and the award's status",
            description = "Body {\"credential\": \"<compact JWT>\"}, or the JWT alone as text/plain. Always 200 with"
                    + " verified true or false and each check; a credential of a revoked or renewed award does not verify.")
    public CredentialVerifier.Verification verify(VerifyRequest request) {
        return verifier.verify(Bodies.require(request).credential());
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.TEXT_PLAIN)
    public CredentialVerifier.Verification verifyText(String compact) {
        return verifier.verify(compact);
    }

    @GET
    @Path("issuers/{tenantId}")
    @Operation(summary = "The issuer profile (OB 3.0 Profile) a credential's issuer.id names")
    public JsonObject issuer(@PathParam("tenantId") String tenantId) {
        return verifier.issuer(tenantId).orElseThrow(() -> ProficioException.notFound("Issuer", tenantId));
    }
}
