package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.Digests;
import java.time.Instant;

/**
 * An activity a tenant's statements named with a definition, and its canonical definition (xAPI
 * 1.0.3 Communication §2.5), merged from theirs by {@code ActivityDefinitions}. Stored under the
 * SHA-256 of the activity IRI ({@link #keyOf}), which can be longer than an index allows.
 */
public record XapiActivity(TenantId tenantId, String activityId, String definitionJson, Instant updatedAt) {

    /** This activity with another canonical definition. */
    public XapiActivity redefined(String mergedJson, Instant at) {
        return new XapiActivity(tenantId, activityId, mergedJson, at);
    }

    /** The key the activity is stored under. */
    public String key() {
        return keyOf(activityId);
    }

    /** The SHA-256 of the activity IRI in hex. */
    public static String keyOf(String activityId) {
        return Digests.sha256(activityId);
    }
}
