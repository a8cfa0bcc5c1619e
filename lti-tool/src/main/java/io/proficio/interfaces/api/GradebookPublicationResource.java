package io.proficio.interfaces.api;

import io.proficio.application.lti.ags.GradebookService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.lti.GradebookPublication;
import io.proficio.domain.lti.ScoreOutcome;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The log of an instructor's publications of levels to the LMS gradebook: per course, each with the
 * outcome of every member (published, refused by the platform with its status and answer, not sent).
 */
@Path("gradebook-publications")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class GradebookPublicationResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    public record OutcomeJson(String personId, String name, String userId, String outcome, Integer statusCode,
                              String detail) {
        static OutcomeJson of(ScoreOutcome o) {
            return new OutcomeJson(o.personId(), o.personName(), o.userId().orElse(null), o.kind().value(),
                    o.statusCode().orElse(null), o.detail().orElse(null));
        }
    }

    public record PublicationJson(String id, String platformId, String course, String competencyId, String lineItem,
                                  Instant publishedAt, int published, int refused, int skipped, String failure,
                                  String summary, List<OutcomeJson> outcomes) {
        static PublicationJson of(GradebookPublication p) {
            return new PublicationJson(p.id(), p.platformId().value(), p.courseRef(), p.competencyId(), p.lineItemUrl(),
                    p.publishedAt(), p.published(), p.refused(), p.skipped(), p.failure().orElse(null), p.summary(),
                    p.outcomes().stream().map(OutcomeJson::of).toList());
        }
    }

    @Inject
    GradebookService gradebook;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "A course's latest gradebook publications, newest first")
    public List<PublicationJson> list(@QueryParam("course") String course, @QueryParam("limit") Integer limit) {
        if (course == null || course.isBlank()) {
            throw ProficioException.invalid("/course", "course is required.");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ProficioException.invalid("/limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return gradebook.latest(caller.tenantId(), course, limit == null ? DEFAULT_LIMIT : limit).stream()
                .map(PublicationJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One gradebook publication with every member's outcome")
    public PublicationJson get(@PathParam("id") String id) {
        return PublicationJson.of(gradebook.get(caller.tenantId(), id));
    }
}
