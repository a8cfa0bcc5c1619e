package io.proficio.infrastructure.persistence;

import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The canonical activity definitions of a tenant's statements. */
@ApplicationScoped
public class ActivityRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public Optional<XapiActivity> find(TenantId tenantId, String activityId) {
        return Optional.ofNullable(em.find(XapiActivity.class, new XapiActivity.Key(tenantId, activityId)));
    }

    /** The activities among {@code activityIds} that have a definition, in one query. */
    public List<XapiActivity> findAll(TenantId tenantId, Collection<String> activityIds) {
        return activityIds.isEmpty() ? List.of() : em.createQuery("SELECT a FROM XapiActivity a"
                        + " WHERE a.tenantId = :tenant AND a.activityKey IN :keys", XapiActivity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("keys", activityIds.stream().map(XapiActivity::keyOf).distinct().toList())
                .getResultList();
    }

    public void add(XapiActivity activity) {
        em.persist(activity);
    }
}
