package io.proficio.xapi.pull;

import io.proficio.application.xapi.XapiUpstreamService;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiUpstream;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of pulling Statements from one upstream LRS into its tenant: claim the upstream, ask for the
 * Statements after its checkpoint as {@link PullPlan} says, and for each page store the Statements
 * ({@link PulledStatements}, through the one statement intake) and then record the checkpoint the page
 * reached, each in a transaction of its own.
 *
 * <p><b>Checkpointing.</b> A page is stored before its checkpoint is recorded, never the other way round.
 * So a crash, a failed request or a lost node between the two loses nothing: the next run asks again from
 * the older checkpoint, fetches Statements Proficio holds already, and the intake finds them unchanged
 * (xAPI 1.0.3 Data §2.3.1) and stores nothing. Pulling is at-least-once at the HTTP level and exactly-once
 * in what is stored. {@code since} is one millisecond before the checkpoint's stored time for the same
 * reason: Statements tied with the checkpoint's stored time are fetched again rather than risked.
 *
 * <p><b>Client.</b> {@link UpstreamLrsClient}, on the JDK's HTTP client, connect timeout 5 s, read timeout
 * 30 s for each whole request; its Javadoc says why ADL's jxapi is not used for this.
 *
 * <p><b>Failures.</b> An {@link UpstreamFailure} (a status other than 2xx such as 401, 403 or 503, a timeout,
 * the network, an answer that is not a StatementResult) ends the run and is recorded on the upstream,
 * which then backs off ({@link io.proficio.domain.statement.PullBackoff}); pages stored before it stay
 * stored and checkpointed. The password is never logged nor recorded: failures do not carry it, and the
 * application service blanks it out of any error it records.
 */
@ApplicationScoped
public class UpstreamPull {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(UpstreamPull.class.getName());

    @Inject
    XapiUpstreamService upstreams;
    @Inject
    PulledStatements pulled;
    /** One client for every upstream: the JDK's HTTP client is thread-safe and keeps connections for reuse. */
    UpstreamLrsClient client;

    @PostConstruct
    void createClient() {
        client = UpstreamLrsClient.create(CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /** How a run that did not fail ended. */
    private record Ended(boolean morePending, Optional<String> note) {
    }

    /**
     * Runs a pull from {@code due} if it can still be claimed (another node, or an admin's change, may
     * have come first).
     *
     * @param due an upstream the service said was due; not null
     * @return whether this call claimed it and ran
     * @throws RuntimeException only when the outcome cannot be recorded (the database is gone)
     */
    public boolean run(XapiUpstream due) {
        Optional<XapiUpstreamService.Claim> claim = upstreams.claim(due.tenantId(), due.id(), Instant.now());
        if (claim.isEmpty()) {
            return false;
        }
        XapiUpstream upstream = claim.get().upstream();
        try {
            Ended ended = pages(upstream, claim.get().source());
            upstreams.succeeded(upstream, ended.morePending(), ended.note(), Instant.now());
        } catch (UpstreamFailure failure) {
            LOG.log(Level.WARNING, () -> "Pulling from upstream LRS " + upstream.id() + " of tenant "
                    + upstream.tenantId() + " failed (" + failure.kind() + "): " + failure.getMessage());
            upstreams.failed(upstream, failure.getMessage(), Instant.now());
        } catch (RuntimeException e) {
            String correlationId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Pulling from upstream LRS " + upstream.id() + " of tenant " + upstream.tenantId()
                    + " failed [correlationId " + correlationId + "]", e);
            upstreams.failed(upstream, "Proficio failed while pulling (correlation id " + correlationId
                    + "); the pull will be tried again.", Instant.now());
        }
        return true;
    }

    private Ended pages(XapiUpstream upstream, XapiSource source) throws UpstreamFailure {
        UpstreamLrs lrs = new UpstreamLrs(URI.create(upstream.endpoint()), upstream.username(),
                upstreams.password(upstream));
        Instant started = Instant.now();
        StatementPage page = client.first(lrs,
                PullPlan.firstQuery(upstream.checkpoint(), upstream.activityFilter(), upstream.verbFilter()));
        List<PulledStatements.Skipped> skipped = new ArrayList<>();
        for (int pages = 1; ; pages++) {
            PulledStatements.Outcome outcome = pulled.store(source, page.statements());
            outcome.skipped().forEach(s -> LOG.warning(() -> "Skipped statement " + s.statementId().orElse("(no id)")
                    + " pulled from upstream LRS " + upstream.id() + " of tenant " + upstream.tenantId() + ": "
                    + s.reason()));
            skipped.addAll(outcome.skipped());
            if (!page.statements().isEmpty()) {
                upstreams.checkpoint(upstream, PullPlan.reachedBy(page.statements()), outcome.storedNow(), Instant.now());
            }
            if (page.more().isEmpty()) {
                return new Ended(false, note(skipped));
            }
            if (!PullPlan.mayFetchMore(pages, started, Instant.now())) {
                return new Ended(true, note(skipped));
            }
            page = client.next(lrs, page.more().get());
        }
    }

    /** Says how many Statements were skipped and why the first was. */
    static Optional<String> note(List<PulledStatements.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        PulledStatements.Skipped first = skipped.get(0);
        return Optional.of("Skipped " + skipped.size() + (skipped.size() == 1 ? " statement" : " statements")
                + " the intake refused; the others were stored. First " + first.statementId().orElse("(no id)") + ": "
                + first.reason());
    }
}
