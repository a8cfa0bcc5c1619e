package io.proficio.lti.launch;

import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a refused login or launch is answered: an audit log line with the stable code, and the error
 * page with the code, a plain explanation and the refusal's HTTP status. No session is made.
 */
public final class Refusals {

    private static final Logger AUDIT = Logger.getLogger("io.proficio.lti.audit");

    private Refusals() {
    }

    /** @param context what identifies the attempt in the log (issuer, client id, …); never a token */
    public static Response page(Models models, LaunchRejected refusal, String context) {
        LaunchError error = refusal.error();
        AUDIT.log(Level.WARNING, "LTI refused: code={0} status={1} {2} detail={3}",
                new Object[] {error.code(), error.status(), context, refusal.getMessage()});
        models.put("code", error.code());
        models.put("message", error.description());
        models.put("status", error.status());
        return Response.status(error.status()).entity("lti/error.jsp").build();
    }
}
