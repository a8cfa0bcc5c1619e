package io.proficio.application.fakes;

import io.proficio.domain.statement.ActivityRepository;
import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ActivityRepository} in memory: the canonical activity definitions of each tenant. */
public final class InMemoryActivityRepository implements ActivityRepository {

    private final List<XapiActivity> activities = new ArrayList<>();

    @Override
    public Optional<XapiActivity> find(TenantId tenantId, String activityId) {
        return findAll(tenantId, List.of(activityId)).stream().findFirst();
    }

    @Override
    public List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds) {
        return activities.stream().filter(a -> EntityFields.tenantId(a).equals(tenantId.value())
                && activityIds.contains(a.activityId())).toList();
    }

    @Override
    public void add(XapiActivity activity) {
        activities.add(activity);
    }
}
