package io.proficio.interfaces.api;

import io.proficio.application.framework.AlignmentService;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Content alignments: content tagged with a competency and the level it can evidence. */
@Path("alignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class AlignmentResource {

    public record ContentJson(String type, String ref) {
    }

    /** An alignment; {@code id}, {@code createdAt} and {@code updatedAt} are ignored on input. */
    public record AlignmentJson(String id, String competencyId, ContentJson content, Integer level, Instant createdAt,
                                Instant updatedAt) {
        static AlignmentJson of(Alignment a) {
            return new AlignmentJson(a.id().value(), a.competencyId().value(),
                    new ContentJson(a.content().type().value(), a.content().ref()), a.level(), a.createdAt(),
                    a.updatedAt());
        }

        AlignmentService.Tag toTag() {
            return new AlignmentService.Tag(competencyId, content == null ? null : content.type(),
                    content == null ? null : content.ref(), level);
        }
    }

    @Inject
    AlignmentService alignments;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Tag content with a competency",
            description = "201 for a new alignment; 200 when this competency already tagged this content (its level is updated).")
    public Response tag(AlignmentJson alignment) {
        AlignmentService.Tagged tagged = alignments.tag(caller.tenantId(), Bodies.require(alignment).toTag());
        AlignmentJson body = AlignmentJson.of(tagged.alignment());
        if (tagged.created()) {
            return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build()).entity(body).build();
        }
        return Response.ok(body).build();
    }

    @GET
    @Operation(summary = "List alignments, by competency and/or by content")
    public List<AlignmentJson> list(@QueryParam("competencyId") String competencyId,
                                    @QueryParam("contentType") String contentType,
                                    @QueryParam("contentRef") String contentRef) {
        return alignments.list(caller.tenantId(), competencyId, contentType, contentRef).stream()
                .map(AlignmentJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alignment")
    public AlignmentJson get(@PathParam("id") String id) {
        return AlignmentJson.of(alignments.get(caller.tenantId(), new AlignmentId(id)));
    }

    @PUT
    @Path("{id}")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Change an alignment")
    public AlignmentJson update(@PathParam("id") String id, AlignmentJson alignment) {
        return AlignmentJson.of(alignments.update(caller.tenantId(), new AlignmentId(id), Bodies.require(alignment).toTag()));
    }

    @DELETE
    @Path("{id}")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Remove an alignment")
    public Response delete(@PathParam("id") String id) {
        alignments.delete(caller.tenantId(), new AlignmentId(id));
        return Response.noContent().build();
    }
}
