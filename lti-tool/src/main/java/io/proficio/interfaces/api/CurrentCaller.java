package io.proficio.interfaces.api;

import io.proficio.domain.tenant.Caller;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by {@link BearerAuthFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No authenticated caller on this request");
        }
        return caller;
    }

    public TenantId tenantId() {
        return get().tenantId();
    }
}
