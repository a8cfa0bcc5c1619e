package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An upstream LRS a tenant pulls xAPI Statements from (GET Statements, xAPI 1.0.3 Communication §2.1.3):
 * where it is, the Basic credentials it issued (the password sealed under the installation's key), the
 * filters, how often to poll, and the state of pulling: the {@link UpstreamCheckpoint} reached, how many
 * Statements were taken, when to poll next and the failures in a row.
 *
 * <p>Statements pulled are stored as from {@link #sourceId()}, an xAPI source of the tenant made for this
 * upstream, which becomes their authority. {@link #lastError()} holds the last problem seen, prefixed with
 * when; it stays after a success, and {@link #failures()} says whether the latest run failed.
 *
 * <p>When to poll next ({@code next_poll_at}) also serves as the claim of a run: a run sets it a lease
 * ahead, so no other node takes the upstream meanwhile; anyone who asks for a poll during a run sets it to
 * now, and the end of the run keeps that rather than schedule the next regular poll.
 */
@Entity
@Table(name = "xapi_upstream")
public class XapiUpstream {

    /** The column's size. */
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "source_id")
    private String sourceId;
    private String name;
    private String endpoint;
    private String username;
    @Column(name = "password_encrypted")
    private String passwordEncrypted;
    @Column(name = "activity_filter")
    private String activityFilter;
    @Column(name = "verb_filter")
    private String verbFilter;
    @Column(name = "poll_seconds")
    private int pollSeconds;
    private boolean enabled;
    @Column(name = "checkpoint_stored")
    private Instant checkpointStored;
    @Column(name = "checkpoint_id")
    private String checkpointId;
    @Column(name = "next_poll_at")
    private Instant nextPollAt;
    private int failures;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "last_polled_at")
    private Instant lastPolledAt;
    private long pulled;
    @Column(name = "created_at")
    private Instant createdAt;

    protected XapiUpstream() {
    }

    /**
     * A new upstream, polled as soon as a puller runs.
     *
     * @param spec           {@linkplain UpstreamSpec#checked checked}, with a password
     * @param sealedPassword the spec's password sealed under the installation's key
     */
    public XapiUpstream(String id, TenantId tenantId, String sourceId, UpstreamSpec spec, String sealedPassword,
                        Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = tenantId.value();
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.passwordEncrypted = Objects.requireNonNull(sealedPassword, "sealedPassword");
        this.createdAt = now;
        settings(spec);
        this.nextPollAt = now;
    }

    /**
     * Takes every setting of {@code spec}; a new endpoint or filter starts pulling from the beginning
     * again (Statements already taken are then no change). Polled soon, so a fix shows at once.
     *
     * @param spec           {@linkplain UpstreamSpec#checked checked}
     * @param sealedPassword the new password sealed, or empty to keep the stored one
     */
    public void update(UpstreamSpec spec, Optional<String> sealedPassword, Instant now) {
        boolean sameStatements = Objects.equals(endpoint, spec.endpoint())
                && Objects.equals(activityFilter, spec.activity()) && Objects.equals(verbFilter, spec.verb());
        settings(spec);
        sealedPassword.ifPresent(sealed -> passwordEncrypted = sealed);
        if (!sameStatements) {
            checkpointStored = null;
            checkpointId = null;
        }
        nextPollAt = now;
    }

    private void settings(UpstreamSpec spec) {
        name = spec.name();
        endpoint = spec.endpoint();
        username = spec.username();
        activityFilter = spec.activity();
        verbFilter = spec.verb();
        pollSeconds = spec.pollSeconds();
        enabled = spec.enabled();
    }

    /** Whether {@code other} (an earlier copy of this upstream) pulls the same Statements: same endpoint and filters. */
    public boolean pullsSameAs(XapiUpstream other) {
        return id.equals(other.id) && endpoint.equals(other.endpoint)
                && Objects.equals(activityFilter, other.activityFilter) && Objects.equals(verbFilter, other.verbFilter);
    }

    /** Asks for a poll now (the puller looks every few seconds). */
    public void pollSoon(Instant now) {
        nextPollAt = now;
    }

    public boolean dueAt(Instant now) {
        return enabled && !nextPollAt.isAfter(now);
    }

    /** Takes the upstream for a run: nobody else is due to poll it for {@code lease}. */
    public void claim(Instant now, Duration lease) {
        nextPollAt = now.plus(lease);
    }

    /**
     * A page of Statements was stored: the checkpoint moves to {@code stored}/{@code id} unless it is
     * there or beyond already (a page that only fetched the checkpoint's own millisecond again).
     *
     * @param pulledNow how many of the page's Statements were new to Proficio
     */
    public void checkpoint(Instant stored, String id, int pulledNow, Instant now) {
        UpstreamCheckpoint reached = new UpstreamCheckpoint(stored, id);
        if (checkpoint().map(current -> reached.compareTo(current) > 0).orElse(true)) {
            checkpointStored = stored;
            checkpointId = id;
        }
        counted(pulledNow, now);
    }

    /** Statements were stored without a position to check in (the upstream changed meanwhile, or gave none). */
    public void counted(int pulledNow, Instant now) {
        pulled += pulledNow;
        lastPolledAt = now;
    }

    /**
     * A run ended well: no failures in a row any more, and the next poll after the poll interval, or at
     * once when the run stopped with pages left ({@code morePending}) or a poll was asked for meanwhile.
     *
     * @param note a problem that did not fail the run (Statements skipped), to keep as the last error; may be empty
     */
    public void succeeded(Instant now, boolean morePending, Optional<String> note) {
        failures = 0;
        lastPolledAt = now;
        note.ifPresent(problem -> lastError = error(problem, now));
        scheduleAfterRun(now, morePending ? now : now.plusSeconds(pollSeconds));
    }

    /**
     * A run failed: one more failure in a row, the next poll after {@link PullBackoff#delay} (or at once
     * when a poll was asked for meanwhile), {@code error} kept as the last error.
     *
     * @param error what went wrong, without the password (the caller's to make sure); not null
     */
    public void failed(String error, Instant now) {
        failures++;
        lastPolledAt = now;
        lastError = error(error, now);
        Duration wait = PullBackoff.delay(pollSeconds, failures, ThreadLocalRandom.current().nextDouble(-1, 1));
        scheduleAfterRun(now, now.plus(wait));
    }

    /**
     * During a run, next_poll_at is the claim's lease, in the future; it is now or earlier only when a
     * poll was asked for meanwhile (or the run outlived its lease), and then that poll goes ahead.
     */
    private void scheduleAfterRun(Instant now, Instant next) {
        if (nextPollAt.isAfter(now)) {
            nextPollAt = next;
        }
    }

    private static String error(String problem, Instant now) {
        String text = now + ": " + problem;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    /** The tenant's xAPI source pulled Statements are stored as from. */
    public String sourceId() {
        return sourceId;
    }

    public String name() {
        return name;
    }

    /** The xAPI endpoint, ending with {@code /}. */
    public String endpoint() {
        return endpoint;
    }

    public String username() {
        return username;
    }

    /** The password as a compact JWE under the installation's key; opened by the application service only. */
    public String sealedPassword() {
        return passwordEncrypted;
    }

    public Optional<String> activityFilter() {
        return Optional.ofNullable(activityFilter);
    }

    public Optional<String> verbFilter() {
        return Optional.ofNullable(verbFilter);
    }

    public int pollSeconds() {
        return pollSeconds;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Empty before the first Statement is taken, and after the endpoint or a filter changed. */
    public Optional<UpstreamCheckpoint> checkpoint() {
        return checkpointStored == null ? Optional.empty()
                : Optional.of(new UpstreamCheckpoint(checkpointStored, checkpointId));
    }

    public Instant nextPollAt() {
        return nextPollAt;
    }

    /** Failed runs in a row; 0 after a run that succeeded. */
    public int failures() {
        return failures;
    }

    /** The last problem seen, prefixed with when, at most 1000 characters; empty while there has been none. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> lastPolledAt() {
        return Optional.ofNullable(lastPolledAt);
    }

    /** Statements new to Proficio that pulls stored, in all. */
    public long pulled() {
        return pulled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
