package io.proficio.application.outbox;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.outbox.Backoff;
import io.proficio.domain.outbox.Destination;
import io.proficio.domain.outbox.DestinationRepository;
import io.proficio.domain.outbox.DestinationSpec;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.outbox.RetryRules;
import io.proficio.domain.outbox.WebhookSignature;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.crypto.SecretBox;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's outbound destinations. A webhook's signing secret ({@code whsec_…}) is made here,
 * shown once, and kept sealed ({@link SecretBox}): signing needs it back, so it cannot be hashed.
 * Rotating keeps the previous secret valid for {@link #ROTATION_OVERLAP}, every message signed with
 * both meanwhile, so a receiver can switch without losing one.
 */
@Stateless
public class DestinationService {

    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    static final int DEFAULT_MAX_IN_FLIGHT = 8;
    static final int MAX_IN_FLIGHT = 64;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    DestinationRepository destinations;
    @Inject
    SecretBox secrets;
    @Inject
    LtiRepository lti;

    /** A destination and its plain secret, which only this answer shows. */
    public record WithSecret(Destination destination, String secret) {
    }

    /** A webhook, with its new secret; or an LMS gradebook, which has none. */
    public WithSecret create(TenantId tenantId, DestinationSpec spec) {
        Instant now = Instant.now();
        boolean gradebook = Destination.LMS_GRADEBOOK.equals(spec.type());
        Destination destination = new Destination(tenantId, gradebook ? Destination.LMS_GRADEBOOK : Destination.WEBHOOK, now);
        configure(tenantId, destination, spec, now);
        destinations.add(destination);
        if (gradebook) {
            return new WithSecret(destination, null);
        }
        String secret = WebhookSignature.newSecret();
        destination.rotate(secrets.seal(secret), null, now);
        return new WithSecret(destination, secret);
    }

    public Destination update(TenantId tenantId, String id, DestinationSpec spec) {
        Destination destination = get(tenantId, id);
        configure(tenantId, destination, spec, Instant.now());
        return destination;
    }

    /** A new secret; the one it replaces stays valid for {@link #ROTATION_OVERLAP}. */
    public WithSecret rotate(TenantId tenantId, String id) {
        Destination destination = get(tenantId, id);
        if (!Destination.WEBHOOK.equals(destination.type())) {
            throw new ProficioException(ErrorCode.CONFLICT, "Only webhooks have a signing secret to rotate.");
        }
        Instant now = Instant.now();
        String secret = WebhookSignature.newSecret();
        destination.rotate(secrets.seal(secret), now.plus(ROTATION_OVERLAP), now);
        return new WithSecret(destination, secret);
    }

    /** Stops deliveries to it; its delivery log stays. */
    public void remove(TenantId tenantId, String id) {
        get(tenantId, id).remove(Instant.now());
    }

    public Destination get(TenantId tenantId, String id) {
        return destinations.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Destination", id));
    }

    public List<Destination> list(TenantId tenantId) {
        return destinations.all(tenantId);
    }

    private void configure(TenantId tenantId, Destination destination, DestinationSpec spec, Instant now) {
        Violations violations = new Violations();
        String type = spec.type() == null ? destination.type() : spec.type();
        if (!type.equals(destination.type())) {
            violations.add(ErrorCode.INVALID_REQUEST, "/type", spec.type().equals(Destination.WEBHOOK)
                    || spec.type().equals(Destination.LMS_GRADEBOOK) ? "A destination's type cannot change."
                    : "type must be webhook or lms-gradebook.");
        }
        checkUrl(spec.url(), violations);
        if (Destination.LMS_GRADEBOOK.equals(destination.type())) {
            if (spec.platformId() == null || lti.platform(tenantId, new PlatformId(spec.platformId())).isEmpty()) {
                violations.add(ErrorCode.UNKNOWN_REFERENCE, "/platformId", "An lms-gradebook destination needs the id"
                        + " of an LTI platform registered in this tenant; its url is a course's AGS line items URL.");
            } else {
                destination.postTo(spec.platformId());
            }
        }
        Set<EventType> types = new LinkedHashSet<>();
        List<String> given = spec.eventTypes() == null ? List.of() : spec.eventTypes();
        for (int i = 0; i < given.size(); i++) {
            int at = i;
            EventType.parse(given.get(i)).ifPresentOrElse(types::add, () -> violations.add(ErrorCode.INVALID_REQUEST,
                    "/eventTypes/" + at, "Unknown event type '" + given.get(at) + "'."));
        }
        if (types.isEmpty() && Destination.LMS_GRADEBOOK.equals(destination.type())) {
            Arrays.stream(EventType.values()).filter(t -> !t.value().startsWith("proficiency.")).forEach(types::add);
        }
        int maxInFlight = within(spec.maxInFlight(), DEFAULT_MAX_IN_FLIGHT, 1, MAX_IN_FLIGHT, "/maxInFlight", violations);
        RetryRules defaults = RetryRules.DEFAULT;
        int maxAttempts = within(spec.maxAttempts(), defaults.maxAttempts(), 1, 100, "/maxAttempts", violations);
        long maxAge = within(spec.maxAgeSeconds(), defaults.maxAge().toSeconds(), 1, Duration.ofDays(30).toSeconds(),
                "/maxAgeSeconds", violations);
        long timeout = within(spec.timeoutMs() == null ? null : spec.timeoutMs().longValue(), DEFAULT_TIMEOUT.toMillis(),
                100, MAX_TIMEOUT.toMillis(), "/timeoutMs", violations);
        long initial = within(spec.backoffInitialMs(), defaults.backoff().initial().toMillis(), 10,
                Duration.ofHours(1).toMillis(), "/backoffInitialMs", violations);
        long max = within(spec.backoffMaxMs(), Math.max(initial, defaults.backoff().max().toMillis()), initial,
                Duration.ofDays(1).toMillis(), "/backoffMaxMs", violations);
        violations.throwIfAny("The destination is not valid");
        destination.configure(spec.url().strip(), types, maxInFlight, new RetryRules(maxAttempts, Duration.ofSeconds(maxAge),
                new Backoff(Duration.ofMillis(initial), Duration.ofMillis(max))), Duration.ofMillis(timeout), now);
    }

    private static void checkUrl(String url, Violations violations) {
        if (url == null || url.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/url", "A webhook destination needs a url.");
            return;
        }
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                violations.add(ErrorCode.INVALID_REQUEST, "/url", "url must be an absolute http(s) URL.");
            }
        } catch (URISyntaxException e) {
            violations.add(ErrorCode.INVALID_REQUEST, "/url", "url is not a URL: " + e.getReason() + ".");
        }
    }

    private static int within(Integer given, int fallback, int min, int max, String pointer, Violations violations) {
        return (int) within(given == null ? null : given.longValue(), fallback, min, max, pointer, violations);
    }

    private static long within(Long given, long fallback, long min, long max, String pointer, Violations violations) {
        if (given == null) {
            return fallback;
        }
        if (given < min || given > max) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer, pointer.substring(1) + " must be between " + min
                    + " and " + max + ".");
            return fallback;
        }
        return given;
    }
}
