package io.proficio.infrastructure.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ToolAtPlatform;
import io.proficio.infrastructure.lti.ags.Score.ActivityProgress;
import io.proficio.infrastructure.lti.ags.Score.GradingProgress;
import io.proficio.testing.lms.TestPlatform;
import io.proficio.testing.lms.TestPlatform.Request;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgsClientTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30Z");

    @RegisterExtension
    final ToolAtPlatform lms = new ToolAtPlatform();

    private TestPlatform platform;
    private AgsClient ags;
    private PlatformCredentials credentials;

    @BeforeEach
    void useThePlatform() {
        platform = lms.platform();
        ags = new AgsClient(lms.tokens());
        credentials = lms.credentials();
    }

    /** The path of the course's line items container, which every AGS request's path starts with. */
    private String lineItemsPath() {
        return platform.lineItemsUrl().getPath();
    }

    private int addQuiz() {
        return platform.addLineItem("Quiz", Optional.of("quiz"), Optional.empty(), Optional.empty());
    }

    // ---- scores ----------------------------------------------------------------------------------

    @Test
    void postsTheScoreToTheScoresUrlOfTheLineItem() {
        Score score = Score.fullyGraded("user-1", 0, 10, AT).withComment("Try again.");
        int quiz = addQuiz();

        ags.postScore(credentials, platform.lineItemUrl(quiz), score);

        Request posted = platform.requests("POST", lineItemsPath()).get(0);
        assertEquals(platform.lineItemUrl(quiz).getPath() + "/scores", posted.uri().toString());
        assertEquals(Optional.of("application/vnd.ims.lis.v1.score+json"), posted.contentType());
        assertEquals(score.toJsonObject(), Json.createReader(new StringReader(posted.body())).readObject());
        assertEquals(0, score.toJsonObject().getJsonNumber("scoreGiven").intValue());
    }

    @Test
    void keepsTheLineItemsQueryStringAfterScores() {
        int quiz = addQuiz();

        ags.postScore(credentials, URI.create(platform.lineItemUrl(quiz) + "?type_id=7"),
                new Score("user-1", null, null, ActivityProgress.SUBMITTED, GradingProgress.PENDING_MANUAL, AT,
                        Optional.empty()));

        assertEquals(platform.lineItemUrl(quiz).getPath() + "/scores?type_id=7",
                platform.requests().get(0).uri().toString());
    }

    // ---- line items ------------------------------------------------------------------------------

    @Test
    void readsEveryPageOfLineItems() {
        for (int i = 1; i <= 5; i++) {
            platform.addLineItem("Quiz " + i, Optional.of("quiz-" + i), Optional.empty(), Optional.empty());
        }
        platform.lineItemPaging(2, false);

        List<LineItem> items = ags.lineItems(credentials, platform.lineItemsUrl(), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertEquals(List.of("Quiz 1", "Quiz 2", "Quiz 3", "Quiz 4", "Quiz 5"), items.stream().map(LineItem::label).toList());
        assertEquals(platform.lineItemUrl(3), items.get(2).id());
        assertEquals(3, platform.requests().size());
        assertEquals(Optional.of("application/vnd.ims.lis.v2.lineitemcontainer+json"), platform.requests().get(0).accept());
    }

    @Test
    void asksThePlatformToFilterLineItems() {
        platform.addLineItem("Essay", Optional.of("essay"), Optional.of("link-1"), Optional.of("grade"));
        platform.addLineItem("Essay originality", Optional.of("essay"), Optional.of("link-1"), Optional.of("originality"));
        platform.addLineItem("Quiz", Optional.of("quiz"), Optional.of("link-2"), Optional.of("grade"));

        List<LineItem> items = ags.lineItems(credentials, platform.lineItemsUrl(), Optional.of("link-1"),
                Optional.of("essay"), Optional.of("grade"));

        assertEquals(List.of(new LineItem(platform.lineItemUrl(1), "Essay", 100, Optional.of("essay"),
                Optional.of("link-1"), Optional.of("grade"))), items);
        assertEquals(lineItemsPath() + "?resource_link_id=link-1&resource_id=essay&tag=grade",
                platform.requests().get(0).uri().toString());
    }

    @Test
    void createsALineItemAndReturnsItWithItsId() {
        LineItem created = ags.create(credentials, platform.lineItemsUrl(),
                NewLineItem.of("Competency check", 4).withResourceId("comp-17").withTag("proficiency"));

        assertEquals(new LineItem(platform.lineItemUrl(1), "Competency check", 4, Optional.of("comp-17"),
                Optional.empty(), Optional.of("proficiency")), created);
        Request post = platform.requests("POST", lineItemsPath()).get(0);
        assertEquals(Optional.of("application/vnd.ims.lis.v2.lineitem+json"), post.contentType());
    }

    @Test
    void findOrCreateIsIdempotent() {
        NewLineItem item = NewLineItem.of("Competency check", 4).withResourceId("comp-17").withResourceLinkId("link-1");

        LineItem first = ags.findOrCreate(credentials, platform.lineItemsUrl(), item);
        LineItem second = ags.findOrCreate(credentials, platform.lineItemsUrl(), item);

        assertEquals(first, second);
        assertEquals(1, platform.lineItems().size());
        assertEquals(1, platform.requests("POST", lineItemsPath()).size());
    }

    @Test
    void findOrCreateFindsTheMatchingItemEvenWhenThePlatformIgnoresFilters() {
        platform.addLineItem("Other resource", Optional.of("comp-99"), Optional.of("link-1"), Optional.empty());
        platform.addLineItem("Other link", Optional.of("comp-17"), Optional.of("link-2"), Optional.empty());
        platform.addLineItem("No link", Optional.of("comp-17"), Optional.empty(), Optional.empty());
        platform.addLineItem("The one", Optional.of("comp-17"), Optional.of("link-1"), Optional.empty());
        platform.lineItemPaging(2, true);

        LineItem found = ags.findOrCreate(credentials, platform.lineItemsUrl(),
                NewLineItem.of("Competency check", 4).withResourceId("comp-17").withResourceLinkId("link-1"));

        assertEquals("The one", found.label());
        assertEquals(platform.lineItemUrl(4), found.id());
        assertEquals(4, platform.lineItems().size());
    }

    @Test
    void findByResourceIdTakesTheColumnADeepLinkBoundToItsLink() {
        platform.addLineItem("Other resource", Optional.of("comp-99"), Optional.empty(), Optional.empty());
        platform.addLineItem("Progress: Risk", Optional.of("comp-17"), Optional.of("rl-deep-linked"), Optional.empty());

        LineItem found = ags.findByResourceIdOrCreate(credentials, platform.lineItemsUrl(),
                NewLineItem.of("Risk", 5).withResourceId("comp-17"));

        assertEquals("Progress: Risk", found.label());
        assertEquals(2, platform.lineItems().size());
    }

    @Test
    void findByResourceIdCreatesAnUnboundColumnWhenThereIsNone() {
        platform.addLineItem("Other resource", Optional.of("comp-99"), Optional.empty(), Optional.empty());

        LineItem created = ags.findByResourceIdOrCreate(credentials, platform.lineItemsUrl(),
                NewLineItem.of("Risk", 5).withResourceId("comp-17"));

        assertEquals(Optional.of("comp-17"), created.resourceId());
        assertEquals(Optional.empty(), created.resourceLinkId());
        assertEquals(2, platform.lineItems().size());
        assertThrows(IllegalArgumentException.class,
                () -> ags.findByResourceIdOrCreate(credentials, platform.lineItemsUrl(), NewLineItem.of("Anything", 1)));
    }

    @Test
    void findOrCreateNeedsSomethingToFindBy() {
        assertThrows(IllegalArgumentException.class,
                () -> ags.findOrCreate(credentials, platform.lineItemsUrl(), NewLineItem.of("Anything", 1)));
        assertEquals(0, platform.tokenRequests());
    }

    @Test
    void getsOneLineItem() {
        platform.addLineItem("Quiz", Optional.of("quiz"), Optional.empty(), Optional.empty());

        LineItem item = ags.get(credentials, platform.lineItemUrl(1));

        assertEquals(new LineItem(platform.lineItemUrl(1), "Quiz", 100, Optional.of("quiz"), Optional.empty(),
                Optional.empty()), item);
        assertEquals(Optional.of("application/vnd.ims.lis.v2.lineitem+json"), platform.requests().get(0).accept());
    }

    // ---- results ---------------------------------------------------------------------------------

    @Test
    void readsEveryPageOfResults() {
        addQuiz();
        addQuiz();
        platform.addResult(1, "user-1", 8.0, Optional.of(10.0));
        platform.addResult(1, "user-2", null, Optional.of(10.0));
        platform.addResult(1, "user-3", 0.5, Optional.empty());
        platform.addResult(2, "user-1", 3.0, Optional.of(5.0));

        List<Result> results = ags.results(credentials, platform.lineItemUrl(1), Optional.empty());

        URI lineItem = platform.lineItemUrl(1);
        assertEquals(List.of(
                new Result(URI.create(lineItem + "/results/user-1"), lineItem, "user-1", OptionalDouble.of(8), 10, Optional.empty()),
                new Result(URI.create(lineItem + "/results/user-2"), lineItem, "user-2", OptionalDouble.empty(), 10, Optional.empty()),
                new Result(URI.create(lineItem + "/results/user-3"), lineItem, "user-3", OptionalDouble.of(0.5), 1, Optional.empty())),
                results);
        assertEquals(2, platform.requests().size());
        assertEquals(Optional.of("application/vnd.ims.lis.v2.resultcontainer+json"), platform.requests().get(0).accept());
    }

    @Test
    void readsOneUsersResult() {
        addQuiz();
        platform.addResult(1, "user-1", 8.0, Optional.of(10.0));
        platform.addResult(1, "user-2", 9.0, Optional.of(10.0));

        List<Result> results = ags.results(credentials, URI.create(platform.lineItemUrl(1) + "?type_id=7"),
                Optional.of("user-2"));

        assertEquals(List.of("user-2"), results.stream().map(Result::userId).toList());
        assertEquals(platform.lineItemUrl(1).getPath() + "/results?type_id=7&user_id=user-2",
                platform.requests().get(0).uri().toString());
    }

    // ---- scopes ----------------------------------------------------------------------------------

    static Stream<Arguments> callsAndTheirScopes() {
        return Stream.of(
                call("lineItems", (ags, p, c) -> ags.lineItems(c, p.lineItemsUrl(), Optional.empty(), Optional.empty(),
                        Optional.empty()), AgsClient.SCOPE_LINEITEM_READONLY),
                call("get", (ags, p, c) -> ags.get(c, p.lineItemUrl(1)), AgsClient.SCOPE_LINEITEM_READONLY),
                call("create", (ags, p, c) -> ags.create(c, p.lineItemsUrl(), NewLineItem.of("New", 1)),
                        AgsClient.SCOPE_LINEITEM),
                call("findOrCreate", (ags, p, c) -> ags.findOrCreate(c, p.lineItemsUrl(),
                        NewLineItem.of("New", 1).withResourceId("r")), AgsClient.SCOPE_LINEITEM),
                call("postScore", (ags, p, c) -> ags.postScore(c, p.lineItemUrl(1), Score.fullyGraded("u", 1, 1, AT)),
                        AgsClient.SCOPE_SCORE),
                call("results", (ags, p, c) -> ags.results(c, p.lineItemUrl(1), Optional.empty()),
                        AgsClient.SCOPE_RESULT_READONLY));
    }

    interface Call {
        void run(AgsClient ags, TestPlatform platform, PlatformCredentials credentials);
    }

    private static Arguments call(String name, Call call, String scope) {
        return Arguments.of(Named.of(name, call), scope);
    }

    @ParameterizedTest(name = "{0} asks for {1}")
    @MethodSource("callsAndTheirScopes")
    void asksForTheNarrowestScope(Call call, String scope) {
        platform.addLineItem("Existing", Optional.of("existing"), Optional.empty(), Optional.empty());

        call.run(ags, platform, credentials);

        assertEquals(List.of(Set.of(scope)), platform.tokenScopes());
    }
}
