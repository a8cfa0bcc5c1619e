package io.proficio.application.lti.ags;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.lti.LtiServices;
import io.proficio.application.outbox.DeliveryService;
import io.proficio.application.outbox.GradebookDelivery;
import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.outbox.AttemptResult;
import io.proficio.domain.outbox.OutboxEvent;
import io.proficio.domain.person.PersonId;
import io.proficio.infrastructure.lti.LtiServiceException;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ags.LineItem;
import io.proficio.infrastructure.lti.ags.NewLineItem;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The LMS gradebook connector: posts an event's score ({@link GradebookScores}) through LTI AGS 2.0 to
 * the line item for its certification or plan item in the destination's course, creating the line
 * item the first time (found again by {@code resourceId} after a restart), with the platform's access
 * token cached until it expires ({@link LtiServices}). The learner is the person's user on that
 * platform ({@code lti:<issuer>|<sub>}); a person who never launched from it has no place in its
 * gradebook, and the delivery is done with that said; so is one whose score the platform refuses for
 * that person alone (a teacher or admin: Moodle answers 400, Canvas 422), which no retry would change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GradebookConnector implements GradebookDelivery {

    /** Line item URLs by line items endpoint and resourceId, so a score costs one request. */
    private static final ConcurrentMap<String, URI> LINE_ITEMS = new ConcurrentHashMap<>();

    @Inject
    LtiServices services;
    @Inject
    LtiRepository lti;
    @Inject
    PersonDirectory people;

    @Override
    public AttemptResult deliver(DeliveryService.Lease lease) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        OutboxEvent event = lease.claimed().event();
        Optional<GradebookScores.Entry> entry = GradebookScores.of(event.type(),
                JSON.createReader(new StringReader(event.data())).readObject(), event.occurredAt());
        if (entry.isEmpty()) {
            return AttemptResult.skipped(started, "A " + event.type() + " event has no place in a gradebook.");
        }
        Optional<Platform> platform = lti.platform(event.tenantId(), new PlatformId(lease.platformId()));
        if (platform.isEmpty()) {
            return AttemptResult.failed(started, 0, "The platform registration of this destination is gone.");
        }
        Optional<String> userId = people.platformUserId(event.tenantId(), new PersonId(event.subject()),
                platform.get().issuer());
        if (userId.isEmpty()) {
            return AttemptResult.skipped(started, "The person has no user on " + platform.get().issuer() + ".");
        }
        try {
            PlatformCredentials credentials = services.credentials(platform.get());
            URI lineItem = lineItem(credentials, URI.create(lease.url()), entry.get());
            services.ags().postScore(credentials, lineItem, entry.get().score(userId.get()));
            return AttemptResult.answered(started, 200, (System.nanoTime() - t0) / 1_000_000);
        } catch (LtiServiceException e) {
            long latency = (System.nanoTime() - t0) / 1_000_000;
            if (e.refusesOnlyThisRequest()) {
                return AttemptResult.declined(started, e.status().getAsInt(), latency,
                        "The platform takes no score for this person (not a student of the course?): " + e.getMessage());
            }
            return e.status().isPresent() ? AttemptResult.refused(started, e.status().getAsInt(), latency, e.getMessage())
                    : AttemptResult.failed(started, latency, e.getMessage());
        }
    }

    private URI lineItem(PlatformCredentials credentials, URI lineItemsUrl, GradebookScores.Entry entry) {
        String key = lineItemsUrl + "#" + entry.resourceId();
        URI known = LINE_ITEMS.get(key);
        if (known != null) {
            return known;
        }
        LineItem item = services.ags().findOrCreate(credentials, lineItemsUrl,
                NewLineItem.of(entry.label(), entry.scoreMaximum()).withResourceId(entry.resourceId()).withTag(entry.tag()));
        LINE_ITEMS.put(key, item.id());
        return item.id();
    }
}
