package io.proficio.domain.tenant;

import java.util.List;
import java.util.Optional;

/** Tenants and their API tokens. */
public interface TenantRepository {

    void add(Tenant tenant);

    void add(ApiToken token);

    /** Writes pending inserts, so that rows referring to them by id can follow. */
    void flush();

    Optional<Tenant> find(TenantId id);

    Optional<Tenant> findBySlug(String slug);

    boolean slugExists(String slug);

    List<Tenant> all();

    Optional<ApiToken> findTokenByHash(String hash);

    List<ApiToken> tokens(TenantId tenantId);

    Optional<ApiToken> findToken(TenantId tenantId, ApiTokenId id);
}
