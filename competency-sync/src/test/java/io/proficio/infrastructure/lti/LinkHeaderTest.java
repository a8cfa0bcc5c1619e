package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinkHeaderTest {

    private static final URI REQUEST = URI.create("https://lms.example.edu/api/ctx/7/members?page=1");

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("quoted rel", List.of("<https://lms.example.edu/p2>; rel=\"next\""), "https://lms.example.edu/p2"),
                Arguments.of("bare rel", List.of("<https://lms.example.edu/p2>; rel=next"), "https://lms.example.edu/p2"),
                Arguments.of("next among several links",
                        List.of("<https://lms.example.edu/p1>; rel=\"first\", <https://lms.example.edu/p3>; rel=\"next\", "
                                + "<https://lms.example.edu/p9>; rel=\"last\""), "https://lms.example.edu/p3"),
                Arguments.of("next in the second of several headers",
                        List.of("<https://lms.example.edu/p1>; rel=\"first\"", "<https://lms.example.edu/p3>; rel=\"next\""),
                        "https://lms.example.edu/p3"),
                Arguments.of("several relation types in one rel",
                        List.of("<https://lms.example.edu/p2>; rel=\"next last\""), "https://lms.example.edu/p2"),
                Arguments.of("relation type in another case", List.of("<https://lms.example.edu/p2>; REL=\"Next\""),
                        "https://lms.example.edu/p2"),
                Arguments.of("absolute path resolved against the request", List.of("</api/ctx/7/members?page=2>; rel=\"next\""),
                        "https://lms.example.edu/api/ctx/7/members?page=2"),
                Arguments.of("relative path resolved against the request", List.of("<members?page=2>; rel=\"next\""),
                        "https://lms.example.edu/api/ctx/7/members?page=2"),
                Arguments.of("query-only reference resolved against the request", List.of("<?page=2>; rel=\"next\""),
                        "https://lms.example.edu/api/ctx/7/members?page=2"),
                Arguments.of("comma and semicolon inside the URI",
                        List.of("<https://lms.example.edu/p?ids=1,2;x=3>; rel=\"next\""), "https://lms.example.edu/p?ids=1,2;x=3"),
                Arguments.of("comma inside a quoted parameter of an earlier link",
                        List.of("<https://lms.example.edu/d>; title=\"changes, since; then\"; rel=\"differences\", "
                                + "<https://lms.example.edu/p2>; rel=\"next\""), "https://lms.example.edu/p2"),
                Arguments.of("whitespace around everything",
                        List.of("  <https://lms.example.edu/p2>  ;  rel = \"next\"  ,"), "https://lms.example.edu/p2"),
                Arguments.of("unreadable link-value skipped", List.of("garbage; rel=next, <https://lms.example.edu/p2>; rel=next"),
                        "https://lms.example.edu/p2"),
                Arguments.of("first next wins", List.of("<https://lms.example.edu/a>; rel=next, <https://lms.example.edu/b>; rel=next"),
                        "https://lms.example.edu/a"),
                Arguments.of("only the previous page", List.of("<https://lms.example.edu/p1>; rel=\"prev\""), null),
                Arguments.of("a relation that merely starts with next", List.of("<https://lms.example.edu/p2>; rel=\"nextpage\""), null),
                Arguments.of("only the first rel parameter counts (RFC 8288 §3.3)",
                        List.of("<https://lms.example.edu/p2>; rel=\"prev\"; rel=\"next\""), null),
                Arguments.of("next only in another parameter", List.of("<https://lms.example.edu/p2>; title=\"next\""), null),
                Arguments.of("no Link header", List.of(), null),
                Arguments.of("empty Link header", List.of(""), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void findsTheNextLink(String situation, List<String> values, String expected) {
        assertEquals(Optional.ofNullable(expected).map(URI::create), LinkHeader.next(REQUEST, values));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void parsingNeverFailsOnOddHeaders(String situation, List<String> values, String expected) {
        values.forEach(LinkHeader::parse);
    }

    @Test
    void readsEveryRelationOfEveryLink() {
        assertEquals(List.of(new LinkHeader.Link("/a", Set.of("next", "last")),
                        new LinkHeader.Link("/b", Set.of("prev")),
                        new LinkHeader.Link("/c", Set.of())),
                LinkHeader.parse("</a>; rel=\"next  last\"; type=\"application/json\", </b>; rel=prev, </c>"));
    }

    @Test
    void rejectsANextLinkThatIsNotAUri() {
        assertThrows(IllegalArgumentException.class,
                () -> LinkHeader.next(REQUEST, List.of("<https://lms.example.edu/a b>; rel=\"next\"")));
    }
}
