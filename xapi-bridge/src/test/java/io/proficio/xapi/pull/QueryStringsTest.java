package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryStringsTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "AZaz09-._~        | AZaz09-._~",
        "\" \"             | %20",
        "+                 | %2B",
        "*                 | %2A",
        "?&=#/:@!$'(),;[]% | %3F%26%3D%23%2F%3A%40%21%24%27%28%29%2C%3B%5B%5D%25",
        "é                 | %C3%A9",
        "✓                 | %E2%9C%93",
        "😀                | %F0%9F%98%80"})
    void keepsOnlyUnreservedCharacters(String value, String encoded) {
        assertEquals(encoded, QueryStrings.encode(value));
    }

    @Test
    void joinsNamesAndValuesInOrder() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("activity", "http://example.com/a?b=c");
        parameters.put("limit", "10");

        assertEquals("activity=http%3A%2F%2Fexample.com%2Fa%3Fb%3Dc&limit=10", QueryStrings.of(parameters));
    }
}
