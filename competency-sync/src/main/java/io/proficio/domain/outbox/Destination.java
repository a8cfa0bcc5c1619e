package io.proficio.domain.outbox;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where a tenant's events go. A webhook destination holds its Standard Webhooks signing secret
 * sealed with the installation key (it must be read to sign), and during a rotation the previous
 * secret until {@code previousSecretUntil}. Removing a destination keeps the row for the delivery log.
 */
@Entity
@Table(name = "destination")
public class Destination {

    public static final String WEBHOOK = "webhook";
    public static final String LMS_GRADEBOOK = "lms-gradebook";

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    private String type;
    private String url;
    @Column(name = "event_types")
    private String eventTypes;
    private String secret;
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;
    @Column(name = "max_in_flight")
    private int maxInFlight;
    @Column(name = "max_attempts")
    private int maxAttempts;
    @Column(name = "max_age_seconds")
    private long maxAgeSeconds;
    @Column(name = "timeout_ms")
    private int timeoutMs;
    @Column(name = "backoff_initial_ms")
    private long backoffInitialMs;
    @Column(name = "backoff_max_ms")
    private long backoffMaxMs;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "platform_id")
    private String platformId;

    protected Destination() {
    }

    public Destination(TenantId tenantId, String type, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.type = type;
        this.createdAt = at;
    }

    /**
     * @param types the event types it receives; empty for all
     */
    public void configure(String newUrl, Set<EventType> types, int newMaxInFlight, RetryRules rules, Duration timeout,
                          Instant at) {
        url = newUrl;
        eventTypes = types.isEmpty() ? null : String.join(",", types.stream().map(EventType::value).sorted().toList());
        maxInFlight = newMaxInFlight;
        maxAttempts = rules.maxAttempts();
        maxAgeSeconds = rules.maxAge().toSeconds();
        backoffInitialMs = rules.backoff().initial().toMillis();
        backoffMaxMs = rules.backoff().max().toMillis();
        timeoutMs = (int) timeout.toMillis();
        updatedAt = at;
    }

    /** Posts to the gradebook of this LTI platform registration (the url being a course's line items endpoint). */
    public void postTo(String gradebookPlatformId) {
        platformId = gradebookPlatformId;
    }

    public Optional<String> platformId() {
        return Optional.ofNullable(platformId);
    }

    /** Takes a new sealed secret; the current one stays valid until {@code overlapUntil} (or not at all, when null). */
    public void rotate(String sealedSecret, Instant overlapUntil, Instant at) {
        previousSecret = overlapUntil == null ? null : secret;
        previousSecretUntil = overlapUntil;
        secret = sealedSecret;
        updatedAt = at;
    }

    public void remove(Instant at) {
        deletedAt = at;
        updatedAt = at;
    }

    public boolean receives(String eventType) {
        return eventTypes == null || Arrays.asList(eventTypes.split(",")).contains(eventType);
    }

    /** The sealed secrets to sign with now: the current one, and the previous one while it overlaps. */
    public List<String> sealedSecrets(Instant now) {
        if (secret == null) {
            return List.of();
        }
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    public RetryRules retryRules() {
        return new RetryRules(maxAttempts, Duration.ofSeconds(maxAgeSeconds),
                new Backoff(Duration.ofMillis(backoffInitialMs), Duration.ofMillis(backoffMaxMs)));
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public String type() {
        return type;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return eventTypes == null ? List.of() : Arrays.asList(eventTypes.split(","));
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public Duration timeout() {
        return Duration.ofMillis(timeoutMs);
    }

    public Optional<Instant> previousSecretUntil() {
        return Optional.ofNullable(previousSecretUntil);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isRemoved() {
        return deletedAt != null;
    }
}
