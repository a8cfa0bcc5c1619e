package io.proficio.application.xapi;

import static io.proficio.domain.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.application.fakes.InMemoryActivityRepository;
import io.proficio.application.fakes.InMemoryStatementRepository;
import io.proficio.application.fakes.InMemoryStatementWriter;
import io.proficio.application.fakes.RecordingEvent;
import io.proficio.domain.statement.DefinedActivity;
import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link StatementService#store} writes the canonical activity definitions (Communication §2.5):
 * new ones added, changed ones merged under a lock, unchanged ones not written at all, and always in
 * the order of their keys, so concurrent batches take turns instead of failing or deadlocking.
 */
class StatementServiceTest {

    private static final TenantId TENANT = new TenantId("tenant-a");
    private static final Instant STORED = Instant.parse("2025-03-03T10:00:05Z");
    private static final String QUIZ = "https://lms.example.com/course/7/quiz/risk";
    private static final String EXAM = "https://lms.example.com/exam/final";
    private static final String PAGE = "https://lms.example.com/course/7/page/intro";

    private final InMemoryStatementRepository statements = new InMemoryStatementRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final StatementService service = new StatementService();
    private final RecordingEvent<StatementsQueued> queued = new RecordingEvent<>();
    private final XapiSource source = new XapiSource("source-1", TENANT, "Course LMS", "key-1", "hash", STORED);
    private int stored;

    StatementServiceTest() {
        service.statements = statements;
        service.writer = new InMemoryStatementWriter(statements);
        service.activities = activities;
        service.queued = queued;
    }

    @Test
    void storingABatchAnnouncesItsStatementsQueuedOnce() {
        store();
        store();

        assertEquals(List.of(new StatementsQueued(TENANT), new StatementsQueued(TENANT)), queued.fired());
    }

    @Test
    void aNewActivityIsAddedWithItsDefinitionsMergedInTheOrderGiven() {
        store(defined(QUIZ, "{\"name\":{\"en-US\":\"Risk quiz\"},\"type\":\"http://adlnet.gov/expapi/activities/assessment\"}"),
                defined(QUIZ, "{\"name\":{\"de-DE\":\"Risikoquiz\"}}"));

        assertEquals(json("{\"name\":{\"en-US\":\"Risk quiz\",\"de-DE\":\"Risikoquiz\"},"
                + "\"type\":\"http://adlnet.gov/expapi/activities/assessment\"}"), definition(QUIZ));
        assertEquals(List.of("addIfAbsent " + QUIZ), activities.calls);
    }

    @Test
    void aDefinitionThatChangesNothingIsNeitherLockedNorWritten() {
        store(defined(QUIZ, "{\"name\":{\"en-US\":\"Risk quiz\"}}"));
        activities.calls.clear();

        store(defined(QUIZ, "{\"name\":{\"en-US\":\"Risk quiz\"}}"));

        assertEquals(List.of(), activities.calls);
    }

    @Test
    void aChangedDefinitionIsMergedIntoTheLockedRow() {
        store(defined(QUIZ, "{\"name\":{\"en-US\":\"Risk quiz\"}}"));
        activities.calls.clear();

        store(defined(QUIZ, "{\"description\":{\"en-US\":\"Ten questions\"}}"));

        assertEquals(json("{\"name\":{\"en-US\":\"Risk quiz\"},\"description\":{\"en-US\":\"Ten questions\"}}"),
                definition(QUIZ));
        assertEquals(List.of("lock " + QUIZ, "redefine " + QUIZ), activities.calls);
    }

    @Test
    void anActivityAnotherBatchAddedMeanwhileIsMergedIntoNotOverwritten() {
        activities.storingConcurrently(new XapiActivity(TENANT, QUIZ, "{\"name\":{\"de-DE\":\"Risikoquiz\"}}", STORED));

        store(defined(QUIZ, "{\"name\":{\"en-US\":\"Risk quiz\"}}"));

        assertEquals(json("{\"name\":{\"de-DE\":\"Risikoquiz\",\"en-US\":\"Risk quiz\"}}"), definition(QUIZ));
        assertEquals(List.of("addIfAbsent " + QUIZ, "lock " + QUIZ, "redefine " + QUIZ), activities.calls);
    }

    @Test
    void activitiesAreWrittenInTheOrderOfTheirKeysWhateverTheOrderOfTheBatch() {
        store(defined(PAGE, "{\"name\":{\"en\":\"Intro\"}}"), defined(EXAM, "{\"name\":{\"en\":\"Final\"}}"),
                defined(QUIZ, "{\"name\":{\"en\":\"Quiz\"}}"));

        List<String> inKeyOrder = List.of(PAGE, EXAM, QUIZ).stream().sorted(Comparator.comparing(XapiActivity::keyOf))
                .map(id -> "addIfAbsent " + id).toList();
        assertEquals(inKeyOrder, activities.calls);
    }

    private void store(DefinedActivity... definitions) {
        stored++;
        String id = String.format("00000000-0000-4000-8000-%012d", stored);
        NewStatement statement = ReceivedStatement.of("{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:pat@example.com\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"" + QUIZ + "\"}}", STORED);
        service.store(source, List.of(statement), List.of(), List.of(definitions));
    }

    private JsonObject definition(String activityId) {
        return service.definition(TENANT, activityId).orElseThrow();
    }

    private static DefinedActivity defined(String activityId, String definition) {
        return new DefinedActivity(activityId, json(definition));
    }

    private static JsonObject json(String text) {
        return JSON.createReader(new StringReader(text)).readObject();
    }
}
