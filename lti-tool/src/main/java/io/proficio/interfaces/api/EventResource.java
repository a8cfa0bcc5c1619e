package io.proficio.interfaces.api;

import io.proficio.application.outbox.EventEnvelope;
import io.proficio.application.outbox.EventFeed;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The change feed, for systems that poll instead of receiving webhooks. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.INTEGRATION, TokenScope.ADMIN})
public class EventResource {

    /** A page of the feed: the events as {@link EventEnvelope} shapes them, and the cursor for the next page. */
    public record FeedJson(List<JsonObject> events, String next) {
    }

    @Inject
    EventFeed feed;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Events after a cursor, oldest first",
            description = "Start without after; then pass the next of each page as after. The cursor is stable:"
                    + " no event is skipped or repeated, and next stays the same while nothing new has happened.")
    public FeedJson read(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") int limit) {
        EventFeed.Page page = feed.read(caller.tenantId(), after, limit);
        return new FeedJson(page.events().stream().map(EventEnvelope::of).toList(), page.next());
    }
}
