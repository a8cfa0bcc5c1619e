package io.proficio.interfaces.api;

import io.proficio.domain.certification.Award;
import java.time.Instant;
import java.util.List;

/** A person's award of a certification, with its signed credential when one was issued. */
public record AwardJson(String id, String personId, String certificationId, int version, String status,
                        Instant awardedAt, Instant issuedAt, Instant expiresAt, List<String> evidence,
                        String revokedReason, String credential) {

    static AwardJson of(Award award) {
        return new AwardJson(award.id(), award.personId().value(), award.certificationId().value(), award.version(),
                award.status().value(), award.awardedAt(), award.issuedAt(), award.expiresAt().orElse(null),
                award.basis(), award.revokedReason().orElse(null), award.credential().orElse(null));
    }
}
