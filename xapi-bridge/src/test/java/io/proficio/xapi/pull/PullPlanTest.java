package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.statement.UpstreamCheckpoint;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PullPlanTest {

    private static final Instant STORED = Instant.parse("2024-05-01T08:00:00.123Z");
    private static final String ACTIVITY = "https://lms.example.com/activities/quiz?id=1";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/passed";

    @Test
    void theFirstRunAsksForEverythingOldestFirst() {
        UpstreamQuery query = PullPlan.firstQuery(Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(Map.of("limit", "100", "ascending", "true"), query.parameters());
    }

    @Test
    void aLaterRunAsksSinceOneMillisecondBeforeTheCheckpointWithTheFilters() {
        UpstreamQuery query = PullPlan.firstQuery(Optional.of(new UpstreamCheckpoint(STORED, "c")),
                Optional.of(ACTIVITY), Optional.of(VERB));

        assertEquals(List.of("since", "activity", "verb", "limit", "ascending"), List.copyOf(query.parameters().keySet()));
        assertEquals("2024-05-01T08:00:00.122Z", query.parameters().get("since"));
        assertEquals(ACTIVITY, query.parameters().get("activity"));
        assertEquals(VERB, query.parameters().get("verb"));
    }

    @Test
    void sinceIsSentToTheMillisecondAndNeverLater() {
        Instant fine = Instant.parse("2024-05-01T08:00:00.123456Z");

        UpstreamQuery query = PullPlan.firstQuery(Optional.of(new UpstreamCheckpoint(fine, "c")), Optional.empty(),
                Optional.empty());

        assertEquals("2024-05-01T08:00:00.122Z", query.parameters().get("since"));
    }

    @Test
    void aPageReachesItsLastStatement() {
        List<JsonObject> page = List.of(
                statement("a", "2024-05-01T08:00:00.100Z"),
                statement("b", "2024-05-01T08:00:00.123Z"),
                statement("c", "2024-05-01T08:00:00.123Z"));

        assertEquals(Optional.of(new UpstreamCheckpoint(STORED, "c")), PullPlan.reachedBy(page));
    }

    @Test
    void aPageOutOfOrderStillReachesItsGreatestPosition() {
        List<JsonObject> page = List.of(
                statement("c", "2024-05-01T08:00:00.123Z"),
                statement("z", "2024-05-01T08:00:00.100Z"),
                statement("b", "2024-05-01T08:00:00.123Z"));

        assertEquals(Optional.of(new UpstreamCheckpoint(STORED, "c")), PullPlan.reachedBy(page));
    }

    @Test
    void readsStoredTimesInAnyZone() {
        assertEquals(Optional.of(new UpstreamCheckpoint(STORED, "a")),
                PullPlan.reachedBy(List.of(statement("a", "2024-05-01T10:00:00.123+02:00"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"a\"}",
        "{\"id\":\"a\",\"stored\":\"yesterday\"}",
        "{\"id\":\"a\",\"stored\":\"2024-05-01T08:00:00.123\"}",
        "{\"id\":\"a\",\"stored\":12}",
        "{\"stored\":\"2024-05-01T08:00:00.123Z\"}",
        "{\"id\":7,\"stored\":\"2024-05-01T08:00:00.123Z\"}",
        "{\"id\":\"\",\"stored\":\"2024-05-01T08:00:00.123Z\"}",
        "{\"id\":\"0123456789012345678901234567890123456\",\"stored\":\"2024-05-01T08:00:00.123Z\"}"})
    void passesOverAStatementWithoutAPosition(String json) {
        JsonObject later = Json.createReader(new StringReader(json)).readObject();
        List<JsonObject> page = List.of(statement("a", "2024-05-01T07:00:00Z"), later);

        assertEquals(Optional.of(new UpstreamCheckpoint(Instant.parse("2024-05-01T07:00:00Z"), "a")),
                PullPlan.reachedBy(page));
        assertEquals(Optional.empty(), PullPlan.reachedBy(List.of(later)));
    }

    @Test
    void anEmptyPageReachesNothing() {
        assertEquals(Optional.empty(), PullPlan.reachedBy(List.of()));
    }

    @Test
    void aRunStopsAfterFiftyPagesOrTwoMinutes() {
        Instant start = Instant.parse("2024-05-01T08:00:00Z");

        assertTrue(PullPlan.mayFetchMore(1, start, start));
        assertTrue(PullPlan.mayFetchMore(49, start, start.plusSeconds(119)));
        assertFalse(PullPlan.mayFetchMore(50, start, start));
        assertFalse(PullPlan.mayFetchMore(2, start, start.plusSeconds(120)));
    }

    static JsonObject statement(String id, String stored) {
        return Json.createObjectBuilder().add("id", id).add("stored", stored).build();
    }
}
