package io.proficio.application.outbox;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.outbox.OutboxEvent;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * The one shape an event has outside Proficio, in the feed and in every webhook:
 * {@code {id, type, tenant, subject, time, sequence, data}}; {@code subject} is the person's id,
 * {@code sequence} counts that person's events from 1.
 */
public final class EventEnvelope {

    private EventEnvelope() {
    }

    /** @param event a sequenced event */
    public static JsonObject of(OutboxEvent event) {
        return JSON.createObjectBuilder()
                .add("id", event.id())
                .add("type", event.type())
                .add("tenant", event.tenantId().value())
                .add("subject", event.subject())
                .add("time", event.occurredAt().toString())
                .add("sequence", event.sequence().orElseThrow())
                .add("data", JSON.createReader(new StringReader(event.data())).readObject())
                .build();
    }
}
