package io.proficio.application.fakes;

import io.proficio.domain.statement.ActivityRepository;
import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ActivityRepository} in memory: the canonical activity definitions of each tenant, and the
 * calls that wrote them (to tell which ones a merge locked and wrote).
 */
public final class InMemoryActivityRepository implements ActivityRepository {

    private final Map<String, XapiActivity> activities = new LinkedHashMap<>();
    private final Map<String, XapiActivity> beingStored = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public Optional<XapiActivity> find(TenantId tenantId, String activityId) {
        return Optional.ofNullable(activities.get(key(tenantId, activityId)));
    }

    @Override
    public List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds) {
        return activityIds.stream().distinct().flatMap(id -> find(tenantId, id).stream()).toList();
    }

    @Override
    public boolean addIfAbsent(XapiActivity activity) {
        calls.add("addIfAbsent " + activity.activityId());
        String key = key(activity.tenantId(), activity.activityId());
        Optional.ofNullable(beingStored.remove(key)).ifPresent(other -> activities.put(key, other));
        return activities.putIfAbsent(key(activity.tenantId(), activity.activityId()), activity) == null;
    }

    @Override
    public Optional<XapiActivity> lock(TenantId tenantId, String activityId) {
        calls.add("lock " + activityId);
        return find(tenantId, activityId);
    }

    @Override
    public void redefine(XapiActivity activity) {
        calls.add("redefine " + activity.activityId());
        activities.put(key(activity.tenantId(), activity.activityId()), activity);
    }

    /**
     * Another transaction is storing {@code activity}: a read does not see it yet, and it is there,
     * committed, when this one tries to add the same activity.
     */
    public void storingConcurrently(XapiActivity activity) {
        beingStored.put(key(activity.tenantId(), activity.activityId()), activity);
    }

    private static String key(TenantId tenantId, String activityId) {
        return tenantId.value() + " " + XapiActivity.keyOf(activityId);
    }
}
