package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** xAPI sources; found by key across tenants only to authenticate a request. */
public interface XapiSourceRepository {

    void add(XapiSource source);

    List<XapiSource> sources(TenantId tenantId);

    Optional<XapiSource> source(TenantId tenantId, String id);

    Optional<XapiSource> byKey(String apiKey);
}
