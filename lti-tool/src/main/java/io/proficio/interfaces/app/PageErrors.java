package io.proficio.interfaces.app;

import io.proficio.domain.error.ProficioException;
import io.proficio.infrastructure.lti.LtiServiceException;
import jakarta.mvc.Models;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of a page as a page ({@link #page}): 401 without a valid session, 403 for another
 * role's page, the domain's own message for bad input, and for anything unexpected a 500 page with a
 * reference that is also in the server log, never a stack trace. As a mapper it answers what fails
 * before a page runs (a form field of the wrong type) in plain text.
 */
@Provider
public class PageErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    /** The error page for {@code failure}, rendered by the page's own view engine. */
    public static Response page(Models models, Throwable failure) {
        Optional<LtiServiceException> platform = PlatformFailure.in(failure);
        if (platform.isPresent()) {
            return platformPage(models, platform.get());
        }
        Failure f = classify(failure);
        models.put("code", f.code());
        models.put("message", f.message());
        models.put("status", f.status());
        models.put("problems", failure instanceof ProficioException problem
                ? problem.violations().stream().map(v -> v.detail()).toList() : java.util.List.of());
        return Response.status(f.status()).entity("page-error.jsp").build();
    }

    /**
     * The page for a platform's failure: what it answered and what to check, with a reference that is in
     * the server log (at WARNING, with the URL, without a stack trace: it is not our failure).
     */
    private static Response platformPage(Models models, LtiServiceException failure) {
        PlatformFailure explained = PlatformFailure.of(failure);
        String reference = UUID.randomUUID().toString();
        LOG.warning(() -> "Platform failure, reference " + reference + ": " + failure.getMessage());
        models.put("code", explained.code());
        models.put("message", explained.message() + " (reference " + reference + ")");
        models.put("status", PlatformFailure.STATUS);
        models.put("answer", explained.answer());
        models.put("problems", explained.hints());
        return Response.status(PlatformFailure.STATUS).entity("page-error.jsp").build();
    }

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return web.getResponse();
        }
        Failure f = classify(failure);
        return Response.status(f.status()).type(MediaType.TEXT_PLAIN_TYPE).entity(f.message()).build();
    }

    private record Failure(int status, String code, String message) {
    }

    private static Failure classify(Throwable failure) {
        if (failure instanceof SessionRequired) {
            return new Failure(401, "session-required",
                    "Your session has ended or is not valid. Open Proficio again from your course.");
        }
        if (failure instanceof Pages.PageForbidden) {
            return new Failure(403, "not-your-page", "This page is for another role in the course.");
        }
        if (failure instanceof Pages.AnonymousLaunch) {
            return new Failure(403, "anonymous-launch",
                    "The platform did not say who you are, so there is no profile to show.");
        }
        if (failure instanceof ProficioException problem) {
            return new Failure(problem.code().status(),
                    problem.code().name().toLowerCase(Locale.ROOT).replace('_', '-'), problem.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Page failed, reference " + reference, failure);
        return new Failure(500, "internal-error", "Something went wrong on our side (reference " + reference + ").");
    }
}
