package io.proficio.application.certification;

import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.Standing;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Certifications were evaluated after a change of levels, in the transaction still open: fired for
 * what depends on awards (plan items), so it needs no call back into certifications.
 *
 * @param people    the ids of the people whose levels were derived
 * @param standings person id → what they hold now; read once, on first use
 * @param awards    person id → their awards after the evaluation (none when the tenant has no certification)
 */
public record CertificationsEvaluated(TenantId tenantId, CertificationService.Catalogue catalogue, Set<String> people,
                                      Supplier<Map<String, Standing>> standings, Map<String, List<Award>> awards,
                                      Instant at) {
}
