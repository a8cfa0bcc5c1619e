package io.proficio.domain.proficiency;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import java.util.List;

/** Materialised proficiency, and the tenant's proficiency settings. */
public interface ProficiencyRepository {

    void add(Proficiency proficiency);

    void remove(Proficiency proficiency);

    List<Proficiency> of(TenantId tenantId, PersonId personId);

    /** The proficiencies of several people at once (a skills matrix). */
    List<Proficiency> of(TenantId tenantId, List<String> personIds);

    ProficiencySettings settings(TenantId tenantId);

    /** The stored settings, made on first change. */
    ProficiencySettings settingsForUpdate(TenantId tenantId);
}
