package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://lms.example.edu/lineitems/1                      | https://lms.example.edu/lineitems/1/scores
            https://lms.example.edu/lineitems/1/                     | https://lms.example.edu/lineitems/1/scores
            https://lms.example.edu/lineitem?type_id=7               | https://lms.example.edu/lineitem/scores?type_id=7
            https://lms.example.edu/mod/services.php/2/lineitems/5/lineitem?type_id=7&x=%2F | https://lms.example.edu/mod/services.php/2/lineitems/5/lineitem/scores?type_id=7&x=%2F
            https://lms.example.edu/items/a%20b?q=1#frag              | https://lms.example.edu/items/a%20b/scores?q=1#frag
            """)
    void insertsScoresIntoThePathBeforeAnyQuery(String lineItem, String scores) {
        assertEquals(URI.create(scores), Urls.appendPath(URI.create(lineItem), "scores"));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://lms.example.edu/lineitems         | res 1/ä&b | https://lms.example.edu/lineitems?resource_id=res%201%2F%C3%A4%26b
            https://lms.example.edu/lineitems?type=7  | r1        | https://lms.example.edu/lineitems?type=7&resource_id=r1
            https://lms.example.edu/lineitems?        | r1        | https://lms.example.edu/lineitems?resource_id=r1
            """)
    void addsAnEncodedQueryParameter(String url, String value, String expected) {
        assertEquals(URI.create(expected), Urls.withParameter(URI.create(url), "resource_id", Optional.of(value)));
    }

    @ParameterizedTest
    @CsvSource({"https://lms.example.edu/lineitems", "https://lms.example.edu/lineitems?type=7"})
    void leavesTheUrlAloneWhenTheValueIsAbsent(String url) {
        assertEquals(URI.create(url), Urls.withParameter(URI.create(url), "tag", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ?page=2                               | https://lms.example.edu/api/ctx/7/members?page=2
            members?page=2                        | https://lms.example.edu/api/ctx/7/members?page=2
            ../8/members                          | https://lms.example.edu/api/ctx/8/members
            /other?page=2                         | https://lms.example.edu/other?page=2
            //cdn.example.edu/p2                  | https://cdn.example.edu/p2
            https://elsewhere.example.edu/p2      | https://elsewhere.example.edu/p2
            """)
    void resolvesReferencesAsRfc3986Says(String reference, String expected) {
        URI base = URI.create("https://lms.example.edu/api/ctx/7/members?page=1");

        assertEquals(URI.create(expected), Urls.resolve(base, reference));
    }
}
