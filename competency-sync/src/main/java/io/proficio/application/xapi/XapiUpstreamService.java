package io.proficio.application.xapi;

import io.proficio.domain.error.ProficioException;
import io.proficio.domain.statement.UpstreamCheckpoint;
import io.proficio.domain.statement.UpstreamSpec;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiSourceRepository;
import io.proficio.domain.statement.XapiUpstream;
import io.proficio.domain.statement.XapiUpstreamRepository;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.crypto.SecretBox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's upstream LRSs, and the state of pulling from them. Admins make, change and remove them;
 * the puller (in xapi-bridge) asks which are {@link #due}, {@link #claim}s one, and records each page's
 * {@link #checkpoint} and the end of the run ({@link #succeeded} or {@link #failed}), each in a
 * transaction of its own so that what a run has done stays done whatever happens after.
 */
@Stateless
public class XapiUpstreamService {

    /**
     * How long a claimed upstream is left to the run that claimed it before another may take it: well
     * beyond what a run takes (the puller asks for no page after two minutes, and a request ends within
     * 30 seconds). A node that dies mid-run leaves the upstream to be polled again this long after, or at
     * once when an admin asks for a poll.
     */
    public static final Duration LEASE = Duration.ofMinutes(30);
    private static final String SOURCE_PREFIX = "Upstream: ";

    @Inject
    XapiUpstreamRepository upstreams;
    @Inject
    XapiSourceRepository sourceRepository;
    @Inject
    XapiSourceService sources;
    @Inject
    SecretBox secrets;

    /** An upstream taken for a run, with the source its Statements are stored as from. */
    public record Claim(XapiUpstream upstream, XapiSource source) {
    }

    /**
     * Makes the upstream, and the xAPI source its Statements will be stored as from (named
     * "Upstream: &lt;name&gt;"; its secret is not kept, as nobody sends with it).
     */
    public XapiUpstream create(TenantId tenantId, UpstreamSpec spec) {
        UpstreamSpec checked = spec.checked(true);
        String sourceName = SOURCE_PREFIX + checked.name();
        XapiSource source = sources.create(tenantId, sourceName.substring(0, Math.min(200, sourceName.length())))
                .source();
        XapiUpstream upstream = new XapiUpstream(UUID.randomUUID().toString(), tenantId, source.id(), checked,
                secrets.seal(checked.password()), Instant.now());
        upstreams.add(upstream);
        return upstream;
    }

    public List<XapiUpstream> list(TenantId tenantId) {
        return upstreams.upstreams(tenantId);
    }

    public XapiUpstream get(TenantId tenantId, String id) {
        return upstreams.upstream(tenantId, id).orElseThrow(() -> ProficioException.notFound("Upstream LRS", id));
    }

    /** Replaces the settings; a null password keeps the stored one. See {@link XapiUpstream#update}. */
    public XapiUpstream update(TenantId tenantId, String id, UpstreamSpec spec) {
        XapiUpstream upstream = get(tenantId, id);
        UpstreamSpec checked = spec.checked(false);
        upstream.update(checked, Optional.ofNullable(checked.password()).map(secrets::seal), Instant.now());
        return upstream;
    }

    /** Removes the upstream and revokes its source; the Statements pulled stay. */
    public void delete(TenantId tenantId, String id) {
        XapiUpstream upstream = get(tenantId, id);
        upstreams.remove(upstream);
        sources.revoke(tenantId, upstream.sourceId());
    }

    public XapiUpstream pollSoon(TenantId tenantId, String id) {
        XapiUpstream upstream = get(tenantId, id);
        upstream.pollSoon(Instant.now());
        return upstream;
    }

    /** Enabled upstreams of every tenant due at {@code now}, longest due first; not claimed. */
    public List<XapiUpstream> due(Instant now, int limit) {
        return upstreams.due(now, limit);
    }

    /**
     * Takes the upstream for a run if it is still due: another node, or a change by an admin, may have
     * come first. The row is locked while deciding, so two nodes never both take it.
     *
     * @return the upstream as claimed, with its source; empty when it is not due (any more) or gone
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claim> claim(TenantId tenantId, String id, Instant now) {
        return upstreams.locked(tenantId, id).filter(upstream -> upstream.dueAt(now)).map(upstream -> {
            upstream.claim(now, LEASE);
            return new Claim(upstream, sourceRepository.source(tenantId, upstream.sourceId()).orElseThrow());
        });
    }

    /**
     * The password to sign in to the upstream with. Never log it or put it in an error.
     *
     * @throws IllegalStateException when it was sealed under another installation key
     */
    public String password(XapiUpstream upstream) {
        return secrets.open(upstream.sealedPassword());
    }

    /**
     * A page of {@code run}'s Statements is stored: records their count and, when the upstream still pulls
     * what {@code run} pulled (an admin may have changed the endpoint or a filter meanwhile, which starts
     * over), the checkpoint reached. Nothing when the upstream was removed meanwhile.
     *
     * @param run     the upstream as {@linkplain #claim claimed} for this run
     * @param reached the position of the page's latest Statement; empty when the page gave none
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void checkpoint(XapiUpstream run, Optional<UpstreamCheckpoint> reached, int pulledNow, Instant now) {
        upstreams.upstream(run.tenantId(), run.id()).ifPresent(current -> {
            if (reached.isPresent() && current.pullsSameAs(run)) {
                current.checkpoint(reached.get().stored(), reached.get().statementId(), pulledNow, now);
            } else {
                current.counted(pulledNow, now);
            }
        });
    }

    /** {@code run} ended well; see {@link XapiUpstream#succeeded}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(XapiUpstream run, boolean morePending, Optional<String> note, Instant now) {
        upstreams.upstream(run.tenantId(), run.id()).ifPresent(current -> current.succeeded(now, morePending, note));
    }

    /**
     * {@code run} failed; see {@link XapiUpstream#failed}. The error is stored with any occurrence of the
     * password blanked out, whatever put it there.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(XapiUpstream run, String error, Instant now) {
        upstreams.upstream(run.tenantId(), run.id()).ifPresent(current -> current.failed(withoutPassword(current, error), now));
    }

    private String withoutPassword(XapiUpstream upstream, String error) {
        String text = error == null || error.isBlank() ? "The pull failed." : error;
        try {
            String password = password(upstream);
            return password.isEmpty() ? text : text.replace(password, "(password)");
        } catch (IllegalStateException unopened) {
            // It cannot have reached the error either: the run could not open it.
            return text;
        }
    }
}
