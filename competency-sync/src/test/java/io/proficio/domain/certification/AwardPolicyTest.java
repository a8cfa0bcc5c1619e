package io.proficio.domain.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AwardPolicyTest {

    private static final Evaluation MET = new Evaluation(true, 1.0, List.of("ev-1", "ev-2"));
    private static final Evaluation NOT_MET = new Evaluation(false, 0.5, List.of());
    private static final Validity YEAR = new Validity(365, 30);
    private static final Instant EXPIRES = Instant.parse("2027-01-01T00:00:00Z");
    private static final BooleanSupplier NOT_ASKED_RETRACTED = () -> {
        throw new AssertionError("retraction was not needed");
    };
    private static final Supplier<Instant> NOT_ASKED_OBSERVED = () -> {
        throw new AssertionError("the newest observation was not needed");
    };

    private static Optional<AwardPolicy.Held> held(AwardStatus status) {
        return Optional.of(new AwardPolicy.Held(status, EXPIRES, YEAR));
    }

    @Test
    void awardsWhenMetAndNothingIsHeld() {
        AwardPolicy.Decision decision = AwardPolicy.decide(Optional.empty(), MET, MET, NOT_ASKED_RETRACTED, NOT_ASKED_OBSERVED);

        assertEquals(new AwardPolicy.Decision.Award(MET.basis()), decision);
    }

    @Test
    void doesNothingWhenNotMetAndNothingIsHeld() {
        assertInstanceOf(AwardPolicy.Decision.Keep.class,
                AwardPolicy.decide(Optional.empty(), NOT_MET, NOT_MET, NOT_ASKED_RETRACTED, NOT_ASKED_OBSERVED));
    }

    @Test
    void revokesWhenRetractedEvidenceLeavesTheAwardedVersionUnmet() {
        AwardPolicy.Decision decision = AwardPolicy.decide(held(AwardStatus.ACTIVE), NOT_MET, NOT_MET, () -> true,
                NOT_ASKED_OBSERVED);

        assertInstanceOf(AwardPolicy.Decision.Revoke.class, decision);
    }

    @Test
    void aLevelThatDecaysWithoutRetractionDoesNotRevoke() {
        assertInstanceOf(AwardPolicy.Decision.Keep.class,
                AwardPolicy.decide(held(AwardStatus.ACTIVE), NOT_MET, NOT_MET, () -> false, NOT_ASKED_OBSERVED));
    }

    @Test
    void aNewVersionThatIsNotMetLeavesAnAwardOfTheOldOneAlone() {
        assertInstanceOf(AwardPolicy.Decision.Keep.class,
                AwardPolicy.decide(held(AwardStatus.ACTIVE), NOT_MET, MET, NOT_ASKED_RETRACTED, NOT_ASKED_OBSERVED));
    }

    @Test
    void renewsAnExpiringAwardOnEvidenceObservedInsideTheWindow() {
        Instant windowOpens = YEAR.windowOpens(EXPIRES);

        assertEquals(new AwardPolicy.Decision.Renew(MET.basis()), AwardPolicy.decide(held(AwardStatus.EXPIRING), MET, MET,
                NOT_ASKED_RETRACTED, () -> windowOpens.plusSeconds(60)));
        assertEquals(new AwardPolicy.Decision.Renew(MET.basis()), AwardPolicy.decide(held(AwardStatus.EXPIRED), MET, MET,
                NOT_ASKED_RETRACTED, () -> EXPIRES.plusSeconds(60)));
    }

    @Test
    void oldEvidenceAloneDoesNotRenew() {
        assertInstanceOf(AwardPolicy.Decision.Keep.class, AwardPolicy.decide(held(AwardStatus.EXPIRING), MET, MET,
                NOT_ASKED_RETRACTED, () -> YEAR.windowOpens(EXPIRES).minusSeconds(1)));
    }

    @Test
    void anActiveAwardIsNotRenewedEarly() {
        assertInstanceOf(AwardPolicy.Decision.Keep.class,
                AwardPolicy.decide(held(AwardStatus.ACTIVE), MET, MET, NOT_ASKED_RETRACTED, NOT_ASKED_OBSERVED));
    }

    @Test
    void reawardsARevokedAwardOnceMetAgain() {
        assertEquals(new AwardPolicy.Decision.Award(MET.basis()),
                AwardPolicy.decide(held(AwardStatus.REVOKED), MET, MET, NOT_ASKED_RETRACTED, NOT_ASKED_OBSERVED));
    }
}
