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

    /** Odd header values and what the parser makes of them: whatever can be read, and nothing thrown. */
    static Stream<Arguments> oddHeaders() {
        return Stream.of(
                Arguments.of("empty", "", List.of()),
                Arguments.of("only whitespace and commas", " \t, ,,", List.of()),
                Arguments.of("only semicolons", ";;;", List.of()),
                Arguments.of("no link-value in angle brackets", "garbage; rel=next", List.of()),
                Arguments.of("a lone opening bracket", "<", List.of()),
                Arguments.of("a target that is never closed", "<https://lms.example.edu/p2; rel=next", List.of()),
                Arguments.of("an empty target", "<>", List.of(link(""))),
                Arguments.of("whitespace inside the brackets stripped", "< /a >; rel=next",
                        List.of(link("/a", "next"))),
                Arguments.of("a bracket inside the target ends it at the first >", "<</a>>; rel=next",
                        List.of(link("</a"))),
                Arguments.of("rel without a value is one empty relation type", "</a>; rel", List.of(link("/a", ""))),
                Arguments.of("rel with an empty value is one empty relation type", "</a>; rel=",
                        List.of(link("/a", ""))),
                Arguments.of("rel of blanks is one empty relation type", "</a>; rel=\"  \"", List.of(link("/a", ""))),
                Arguments.of("a quoted rel never closed runs to the end", "</a>; rel=\"next",
                        List.of(link("/a", "next"))),
                Arguments.of("a backslash at the end of a quoted rel is kept", "</a>; rel=\"next\\",
                        List.of(link("/a", "next\\"))),
                Arguments.of("an escaped quote inside a quoted rel", "</a>; rel=\"a\\\"b\"",
                        List.of(link("/a", "a\"b"))),
                Arguments.of("empty parameters before rel", "</a>;;; rel=next", List.of(link("/a", "next"))),
                Arguments.of("a parameter without a name", "</a>; =next; rel=prev", List.of(link("/a", "prev"))),
                Arguments.of("text between target and parameters drops the parameters", "</a> junk; rel=next",
                        List.of(link("/a"))),
                Arguments.of("a bare rel ends at whitespace", "</a>; REL=NEXT PREV", List.of(link("/a", "next"))),
                Arguments.of("a second quoted string after rel is skipped", "</a>; rel=\"next\"\"prev\"",
                        List.of(link("/a", "next"))),
                Arguments.of("a later rel without a value is ignored", "</a>; rel=next; rel",
                        List.of(link("/a", "next"))),
                Arguments.of("tabs around everything", "\t</a>\t;\trel=next\t", List.of(link("/a", "next"))),
                Arguments.of("links without parameters", "</a>, </b>", List.of(link("/a"), link("/b"))),
                Arguments.of("garbage between two links", "</a>; rel=next, garbage, </b>; rel=prev",
                        List.of(link("/a", "next"), link("/b", "prev"))),
                Arguments.of("an unclosed quoted parameter swallows the links after it",
                        "</a>; title=\"unterminated, </b>; rel=next", List.of(link("/a"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddHeaders")
    void parsingNeverFailsOnOddHeaders(String situation, String header, List<LinkHeader.Link> expected) {
        assertEquals(expected, LinkHeader.parse(header));
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

    private static LinkHeader.Link link(String target, String... rels) {
        return new LinkHeader.Link(target, Set.of(rels));
    }
}
