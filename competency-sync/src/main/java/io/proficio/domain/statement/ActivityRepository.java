package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The canonical activity definitions of a tenant's statements. Concurrent batches may define the
 * same activity: the writes never fail on each other, they take turns on the activity's row.
 */
public interface ActivityRepository {

    Optional<XapiActivity> find(TenantId tenantId, String activityId);

    /** The activities among {@code activityIds} that have a definition, in one query, without locking them. */
    List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds);

    /**
     * Stores the activity unless its tenant has one with this id, waiting for a transaction that is
     * storing the same one.
     *
     * @return whether it was stored
     */
    boolean addIfAbsent(XapiActivity activity);

    /** The activity, locked for this transaction so that merges into it take turns; empty when there is none. */
    Optional<XapiActivity> lock(TenantId tenantId, String activityId);

    /** Writes the activity's new definition; the caller holds its {@link #lock}. */
    void redefine(XapiActivity activity);
}
