package io.proficio.application;

import io.proficio.domain.outbox.EventType;
import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.persistence.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Writes events into the outbox, in the caller's transaction: the change and the event that reports
 * it commit together or not at all. Every event's {@code data} names the person (their id and the
 * identifiers other systems know them by, such as {@code hr:E123}), so a receiver needs no call back.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository events;
    @Inject
    PersonService people;

    public void record(TenantId tenantId, EventType type, PersonId subject, JsonObjectBuilder data, Instant at) {
        data.add("person", Json.createObjectBuilder().add("id", subject.value())
                .add("identifiers", Json.createArrayBuilder(people.identifiers(tenantId, subject))));
        events.append(new OutboxEvent(tenantId, type, subject, at, data.build().toString()));
    }
}
