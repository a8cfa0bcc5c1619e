package io.proficio.domain.role;

import io.proficio.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Role profiles with their stages. */
public interface RoleProfileRepository {

    void add(RoleProfile role);

    void remove(RoleProfile role);

    Optional<RoleProfile> find(TenantId tenantId, RoleId id);

    boolean nameTaken(TenantId tenantId, String name, RoleId except);

    List<RoleProfile> all(TenantId tenantId);
}
