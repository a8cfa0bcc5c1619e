package io.proficio.application.outbox;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.outbox.OutboxRepository;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes events into the outbox, in the caller's transaction: the change and the event that reports
 * it commit together or not at all. Every event's {@code data} names the person (their id and the
 * identifiers other systems know them by, such as {@code hr:E123}), so a receiver needs no call back.
 * The first event of a transaction fires {@link OutboxAppended}, which wakes this node's dispatcher
 * once the transaction commits.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRepository events;
    @Inject
    PersonDirectory people;
    @Inject
    Event<OutboxAppended> appended;
    @Resource
    TransactionSynchronizationRegistry transaction;

    public void record(TenantId tenantId, EventType type, PersonId subject, JsonObjectBuilder data, Instant at) {
        List<String> identifiers = known(tenantId).computeIfAbsent(subject.value(), k -> people.identifiers(tenantId, subject));
        data.add("person", JSON.createObjectBuilder().add("id", subject.value())
                .add("identifiers", JSON.createArrayBuilder(identifiers)));
        events.append(new OutboxEvent(tenantId, type, subject, at, data.build().toString()));
    }

    /**
     * Reads the identifiers of the people events are about to be recorded for in one query, not one
     * a person (a batch of statements changes the levels of many people at once).
     */
    public void expect(TenantId tenantId, Collection<PersonId> subjects) {
        Map<String, List<String>> known = known(tenantId);
        List<PersonId> unknown = subjects.stream().filter(subject -> !known.containsKey(subject.value())).distinct().toList();
        Map<String, List<String>> found = people.identifiersOfAll(tenantId, unknown);
        unknown.forEach(subject -> known.put(subject.value(), found.getOrDefault(subject.value(), List.of())));
    }

    /**
     * The identifiers read in this transaction, by person: one change of levels reports several
     * events of one person. The first use in a transaction also announces {@link OutboxAppended}.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> known(TenantId tenantId) {
        Map<String, List<String>> known = (Map<String, List<String>>) transaction.getResource(Outbox.class);
        if (known == null) {
            known = new HashMap<>();
            transaction.putResource(Outbox.class, known);
            appended.fire(new OutboxAppended(tenantId));
        }
        return known;
    }
}
