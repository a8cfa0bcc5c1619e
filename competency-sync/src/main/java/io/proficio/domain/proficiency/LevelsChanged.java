package io.proficio.domain.proficiency;

import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A derivation of people's levels happened (changed or not: new evidence may complete content), in
 * the transaction that is still open. Fired as a CDI event; its observers (proficiency reports,
 * certifications, then plan items) do their part in that transaction, so the levels and what they
 * lead to commit together.
 *
 * @param changes one per person derived; never empty when fired
 */
public record LevelsChanged(TenantId tenantId, List<LevelChange> changes, Instant at) {

    public LevelsChanged {
        changes = List.copyOf(changes);
    }

    /** Person id → every level they hold after the derivation. */
    public Map<String, Collection<Proficiency>> levelsByPerson() {
        Map<String, Collection<Proficiency>> after = new HashMap<>();
        changes.forEach(change -> after.put(change.person().value(), change.after()));
        return after;
    }
}
