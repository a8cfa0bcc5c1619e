package io.proficio.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanItemTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    private static final LocalDate DUE = LocalDate.parse("2026-09-30");

    private static PlanItem item() {
        PlanItem item = new PlanItem(new TenantId("t"), "goal-1", NOW);
        item.set(new PersonId("p"), new PlanTarget.ReachLevel("risk", 4), DUE, "2026-H2", NOW);
        return item;
    }

    @Test
    void startsNotStartedThenReportsProgressAndMet() {
        PlanItem item = item();

        assertEquals(PlanItemStatus.NOT_STARTED, item.status());
        assertEquals(Optional.of(PlanItemStatus.NOT_STARTED), item.progress(0.5, false, TODAY, NOW));
        assertEquals(PlanItemStatus.IN_PROGRESS, item.status());
        assertEquals(Optional.of(PlanItemStatus.IN_PROGRESS), item.progress(0.75, true, TODAY, NOW));
        assertEquals(PlanItemStatus.MET, item.status());
        assertEquals(1.0, item.progressFraction());
        assertEquals(Optional.of(NOW), item.metAt());
    }

    @Test
    void theSameProgressAgainIsNoChange() {
        PlanItem item = item();
        item.progress(0.5, false, TODAY, NOW);

        assertEquals(Optional.empty(), item.progress(0.5, false, TODAY, NOW));
    }

    @Test
    void metIsFinalEvenIfTheLevelLaterDrops() {
        PlanItem item = item();
        item.progress(1.0, true, TODAY, NOW);

        assertEquals(Optional.empty(), item.progress(0.25, false, TODAY, NOW));
        assertEquals(PlanItemStatus.MET, item.status());
    }

    @Test
    void becomesOverdueTheDayAfterItsDueDate() {
        PlanItem item = item();

        item.progress(0.5, false, DUE, NOW);
        assertEquals(PlanItemStatus.IN_PROGRESS, item.status());
        item.progress(0.5, false, DUE.plusDays(1), NOW);
        assertEquals(PlanItemStatus.OVERDUE, item.status());
    }

    @Test
    void aCancelledItemReportsNothingUntilSetAgain() {
        PlanItem item = item();
        assertTrue(item.cancel(NOW));

        assertEquals(Optional.empty(), item.progress(1.0, true, TODAY, NOW));
        item.set(new PersonId("p"), new PlanTarget.EarnCertification("cert"), DUE, null, NOW);
        assertEquals(PlanItemStatus.NOT_STARTED, item.status());
        assertEquals(new PlanTarget.EarnCertification("cert"), item.target());
    }
}
