package io.proficio.infrastructure.persistence.xapi;

import io.proficio.domain.statement.ActivityRepository;
import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ActivityRepository} on JPA. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public Optional<XapiActivity> find(TenantId tenantId, String activityId) {
        return Optional.ofNullable(em.find(XapiActivity.class, new XapiActivity.Key(tenantId, activityId)));
    }

    @Override
    public List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds) {
        return activityIds.isEmpty() ? List.of() : em.createQuery("SELECT a FROM XapiActivity a"
                        + " WHERE a.tenantId = :tenant AND a.activityKey IN :keys", XapiActivity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("keys", activityIds.stream().map(XapiActivity::keyOf).distinct().toList())
                .getResultList();
    }

    @Override
    public void add(XapiActivity activity) {
        em.persist(activity);
    }
}
