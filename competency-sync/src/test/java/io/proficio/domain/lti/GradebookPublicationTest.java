package io.proficio.domain.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradebookPublicationTest {

    private final GradebookPublication publication = new GradebookPublication(new TenantId("t-1"),
            new PlatformId("p-1"), "https://moodle.example.edu|7", "c-1",
            "https://moodle.example.edu/mod/lti/services.php/7/lineitems/3/lineitem?type_id=1", Instant.EPOCH);

    @Test
    void countsEachKindOfOutcome() {
        publication.add(ScoreOutcome.published("a", "Lena Learner", "3"));
        publication.add(ScoreOutcome.published("b", "Leo Learner", "4"));
        publication.add(ScoreOutcome.refused("c", "Sue Suspended", "5", 400, Optional.empty()));
        publication.add(ScoreOutcome.skipped("d", "Ines Teacher", "not a learner in the course"));

        assertEquals(List.of(2, 1, 1), List.of(publication.published(), publication.refused(), publication.skipped()));
        assertEquals(List.of("a", "b", "c", "d"), publication.outcomes().stream().map(ScoreOutcome::personId).toList());
    }

    @Test
    void summarisesWhatThePlatformRefusedAndWhatWasNotSent() {
        publication.add(ScoreOutcome.published("a", "Lena Learner", "3"));
        publication.add(ScoreOutcome.refused("c", "Sue Suspended", "5", 400, Optional.empty()));
        publication.add(ScoreOutcome.refused("e", "Al Admin", "2", 422,
                Optional.of("User not found in course or is not a student")));
        publication.add(ScoreOutcome.skipped("d", "Ines Teacher", "not a learner in the course"));

        assertEquals("1 published, 2 refused by the platform: Sue Suspended (HTTP 400), Al Admin (HTTP 422: User not"
                + " found in course or is not a student). 1 not sent: Ines Teacher (not a learner in the course).",
                publication.summary());
    }

    @Test
    void aCleanPublicationSaysOnlyHowManyWerePublished() {
        publication.add(ScoreOutcome.published("a", "Lena Learner", "3"));

        assertEquals("1 published.", publication.summary());
    }

    @Test
    void aStoppedPublicationSaysWhy() {
        publication.add(ScoreOutcome.published("a", "Lena Learner", "3"));
        publication.stoppedBy("The platform could not be reached.");

        assertEquals("1 published. Stopped: The platform could not be reached.", publication.summary());
    }

    @Test
    void outcomesReadBackInAnyOrderAreShownInTheirPlace() {
        ScoreOutcome first = ScoreOutcome.published("a", "Lena Learner", "3");
        ScoreOutcome second = ScoreOutcome.skipped("d", "Ines Teacher", "no user on the platform");
        publication.add(first);
        publication.add(second);

        publication.restore(List.of(second, first));

        assertEquals(List.of("a", "d"), publication.outcomes().stream().map(ScoreOutcome::personId).toList());
    }
}
