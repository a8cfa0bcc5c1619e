package io.proficio.domain.certification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What a change in a person's standing does to their award of one certification.
 *
 * <ul>
 *   <li>No award, or a revoked one: awarded when the current version's requirements are met.</li>
 *   <li>A valid award is <em>revoked</em> only when the evidence it rested on was retracted (a voided
 *       statement, a withdrawn rating) and its requirements, under the version it was awarded on, no
 *       longer hold. A level that merely decays does not revoke: the certification stands until it
 *       expires, as a certificate on paper would.</li>
 *   <li>An expiring or expired award is <em>renewed</em> when the current version's requirements are
 *       met on evidence of which some was observed since the renewal window opened; old evidence alone
 *       does not renew, or every award would renew itself.</li>
 *   <li>A new version of the requirements never touches awards made under an older one until they
 *       come up for renewal.</li>
 * </ul>
 */
public final class AwardPolicy {

    private AwardPolicy() {
    }

    /** What to do. */
    public sealed interface Decision {
        record Award(List<String> basis) implements Decision {
        }

        record Renew(List<String> basis) implements Decision {
        }

        record Revoke(String reason) implements Decision {
        }

        record Keep() implements Decision {
        }
    }

    /** The award as the policy reads it. */
    public record Held(AwardStatus status, Instant expiresAt, Validity validity) {
    }

    /**
     * @param held                the person's award, if any
     * @param current             the evaluation under the certification's current version
     * @param underAwardedVersion the evaluation under the version the award was made on (the same as
     *                            {@code current} when no award or the same version)
     * @param basisRetracted      whether any evidence of the award's basis is retracted (asked only when needed)
     * @param latestObservation   when the newest evidence of {@code current}'s basis was observed (asked only when needed)
     */
    public static Decision decide(Optional<Held> held, Evaluation current, Evaluation underAwardedVersion,
                                  BooleanSupplier basisRetracted, Supplier<Instant> latestObservation) {
        if (held.isEmpty() || held.get().status() == AwardStatus.REVOKED) {
            return current.met() ? new Decision.Award(current.basis()) : new Decision.Keep();
        }
        Held award = held.get();
        if (award.status().isValid() && !underAwardedVersion.met() && basisRetracted.getAsBoolean()) {
            return new Decision.Revoke("Evidence the award rested on was retracted and its requirements are no longer met.");
        }
        boolean dueForRenewal = award.status() == AwardStatus.EXPIRING || award.status() == AwardStatus.EXPIRED;
        if (dueForRenewal && current.met() && award.expiresAt() != null
                && !latestObservation.get().isBefore(award.validity().windowOpens(award.expiresAt()))) {
            return new Decision.Renew(current.basis());
        }
        return new Decision.Keep();
    }
}
