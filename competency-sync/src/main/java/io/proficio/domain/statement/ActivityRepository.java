package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The canonical activity definitions of a tenant's statements. */
public interface ActivityRepository {

    Optional<XapiActivity> find(TenantId tenantId, String activityId);

    /** The activities among {@code activityIds} that have a definition, in one query. */
    List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds);

    void add(XapiActivity activity);
}
