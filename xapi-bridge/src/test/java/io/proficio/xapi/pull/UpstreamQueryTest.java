package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpstreamQueryTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024-03-01T10:15:30Z,                 2024-03-01T10:15:30.000Z",
        "2024-03-01T10:15:30.5Z,               2024-03-01T10:15:30.500Z",
        "2024-03-01T10:15:30.123999999Z,       2024-03-01T10:15:30.123Z",
        "1999-12-31T23:59:59.999999Z,          1999-12-31T23:59:59.999Z",
        "1970-01-01T00:00:00Z,                 1970-01-01T00:00:00.000Z"})
    void sendsSinceInUtcWithMillisecondsTruncated(String since, String sent) {
        UpstreamQuery query = UpstreamQuery.all(10).since(Instant.parse(since));

        assertEquals(sent, query.parameters().get("since"));
    }

    @Test
    void namesTheFiltersGivenThenLimitAndAscending() {
        UpstreamQuery query = new UpstreamQuery(Optional.of(Instant.parse("2024-03-01T10:15:30Z")),
                Optional.of("http://example.com/a"), Optional.of("http://adlnet.gov/expapi/verbs/passed"), 25);

        assertEquals(Map.of("since", "2024-03-01T10:15:30.000Z", "activity", "http://example.com/a",
                "verb", "http://adlnet.gov/expapi/verbs/passed", "limit", "25", "ascending", "true"), query.parameters());
        assertEquals("[since, activity, verb, limit, ascending]", query.parameters().keySet().toString());
    }

    @Test
    void asksForAllInAscendingOrderWithoutFilters() {
        assertEquals("{limit=0, ascending=true}", UpstreamQuery.all(0).parameters().toString());
    }

    @Test
    void refusesANegativeLimit() {
        assertThrows(IllegalArgumentException.class, () -> UpstreamQuery.all(-1));
    }
}
