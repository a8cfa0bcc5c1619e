package io.proficio.application.tenant;

import io.proficio.domain.tenant.Tenant;

/** A tenant just made, with its first admin token. */
public record NewTenant(Tenant tenant, IssuedToken adminToken) {
}
