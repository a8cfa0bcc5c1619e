package io.proficio.infrastructure.lti.nrps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.infrastructure.lti.AccessTokens;
import io.proficio.infrastructure.lti.LtiServiceError;
import io.proficio.infrastructure.lti.LtiServiceException;
import io.proficio.infrastructure.lti.LtiServiceSettings;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ToolAtPlatform;
import io.proficio.testing.lms.TestPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NrpsClientTest {

    @RegisterExtension
    final ToolAtPlatform lms = new ToolAtPlatform();

    private TestPlatform platform;
    private AccessTokens tokens;
    private PlatformCredentials credentials;

    @BeforeEach
    void useThePlatform() {
        platform = lms.platform();
        tokens = lms.tokens();
        credentials = lms.credentials();
    }

    private static List<JsonObject> learners(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> TestPlatform.member("user-" + i, null)).toList();
    }

    @ParameterizedTest(name = "relative next link: {0}")
    @ValueSource(booleans = {false, true})
    void collectsEveryPageInOrder(boolean relativeNext) {
        platform.members(learners(7), 3, relativeNext);

        Roster roster = new NrpsClient(tokens).members(credentials, platform.membershipsUrl());

        assertEquals(IntStream.rangeClosed(1, 7).mapToObj(i -> "user-" + i).toList(),
                roster.members().stream().map(Member::userId).toList());
        assertEquals(TestPlatform.CONTEXT_ID, roster.contextId());
        assertEquals(Optional.of(TestPlatform.CONTEXT_TITLE), roster.contextTitle());
        String path = platform.membershipsUrl().getPath();
        List<TestPlatform.Request> pages = platform.requests("GET", path);
        assertEquals(3, pages.size());
        assertEquals(List.of(path, path + "?page=2", path + "?page=3"),
                pages.stream().map(request -> request.uri().toString()).toList());
        assertTrue(pages.stream().allMatch(request ->
                request.accept().equals(Optional.of("application/vnd.ims.lti-nrps.v2.membershipcontainer+json"))));
        assertEquals(1, platform.tokenRequests());
        assertEquals(List.of(Set.of("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")),
                platform.tokenScopes());
    }

    @Test
    void readsASinglePageWithoutLinks() {
        platform.members(learners(2), 10, false);

        Roster roster = new NrpsClient(tokens).members(credentials, platform.membershipsUrl());

        assertEquals(2, roster.members().size());
        assertEquals(1, platform.requests().size());
    }

    @Test
    void keepsInactiveAndDeletedMembersWithTheirStatus() {
        platform.members(List.of(TestPlatform.member("a", null), TestPlatform.member("b", "Inactive"),
                TestPlatform.member("c", "Deleted"), TestPlatform.member("d", "Active")), 10, false);

        List<Member> members = new NrpsClient(tokens).members(credentials, platform.membershipsUrl()).members();

        assertEquals(List.of("Active", "Inactive", "Deleted", "Active"), members.stream().map(Member::status).toList());
        assertEquals(List.of(true, false, false, true), members.stream().map(Member::active).toList());
    }

    @Test
    void readsTheSharedPersonalFields() {
        platform.members(List.of(
                Json.createObjectBuilder()
                        .add("user_id", "0ae836b9-7fc9-4060-006f-27b2066ac545")
                        .add("status", "Active")
                        .add("name", "Jane Q. Public").add("given_name", "Jane").add("family_name", "Public")
                        .add("email", "jane@platform.example.edu").add("lis_person_sourcedid", "59254-6782-12ab")
                        .add("picture", "https://platform.example.edu/jane.jpg")
                        .add("roles", Json.createArrayBuilder()
                                .add("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")
                                .add("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"))
                        .build(),
                TestPlatform.member("anonymous", null)), 10, false);

        List<Member> members = new NrpsClient(tokens).members(credentials, platform.membershipsUrl()).members();

        assertEquals(new Member("0ae836b9-7fc9-4060-006f-27b2066ac545",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"),
                "Active", Optional.of("Jane Q. Public"), Optional.of("Jane"), Optional.of("Public"),
                Optional.of("jane@platform.example.edu"), Optional.of("59254-6782-12ab")), members.get(0));
        Member anonymous = members.get(1);
        assertFalse(anonymous.name().isPresent() || anonymous.email().isPresent() || anonymous.givenName().isPresent());
    }

    @Test
    void stopsWhenThereAreMorePagesThanAllowed() {
        platform.members(learners(7), 3, false);
        LtiServiceSettings twoPages = new LtiServiceSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 2);

        LtiServiceException failure = assertThrows(LtiServiceException.class,
                () -> new NrpsClient(tokens, twoPages).members(credentials, platform.membershipsUrl()));

        assertEquals(LtiServiceError.TOO_MANY_PAGES, failure.error());
        assertEquals(2, platform.requests().size());
    }

    @Test
    void reportsAMemberWithoutUserIdAsABadResponse() {
        platform.members(List.of(TestPlatform.member("a", null),
                Json.createObjectBuilder().add("name", "Nobody").build()), 10, false);

        LtiServiceException failure = assertThrows(LtiServiceException.class,
                () -> new NrpsClient(tokens).members(credentials, platform.membershipsUrl()));

        assertEquals(LtiServiceError.BAD_RESPONSE, failure.error());
        assertTrue(failure.getMessage().contains(platform.membershipsUrl().toString()), failure.getMessage());
    }
}
