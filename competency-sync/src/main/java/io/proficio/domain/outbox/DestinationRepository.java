package io.proficio.domain.outbox;

import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outbound destinations. */
public interface DestinationRepository {

    void add(Destination destination);

    Optional<Destination> find(TenantId tenantId, String id);

    /** Any destination by id, removed or not: for a dispatcher finishing what it claimed. */
    Optional<Destination> find(String id);

    List<Destination> all(TenantId tenantId);

    /** The live destinations of these tenants. */
    List<Destination> ofTenants(Collection<String> tenantIds);
}
