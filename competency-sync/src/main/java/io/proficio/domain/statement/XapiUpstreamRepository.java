package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Upstream LRSs; only {@link #due} reads across tenants, for the puller that serves them all. */
public interface XapiUpstreamRepository {

    void add(XapiUpstream upstream);

    void remove(XapiUpstream upstream);

    List<XapiUpstream> upstreams(TenantId tenantId);

    Optional<XapiUpstream> upstream(TenantId tenantId, String id);

    /**
     * The upstream, its row locked until the transaction ends ({@code SELECT … FOR UPDATE}), so that two
     * nodes deciding whether it is due decide one after the other.
     */
    Optional<XapiUpstream> locked(TenantId tenantId, String id);

    /** Enabled upstreams of every tenant whose next poll is due at {@code now}, longest due first. */
    List<XapiUpstream> due(Instant now, int limit);
}
