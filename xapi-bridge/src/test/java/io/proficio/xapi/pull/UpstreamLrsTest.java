package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamLrsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://lrs.example.com/xapi,        https://lrs.example.com/xapi/,        https://lrs.example.com/xapi/statements",
        "https://lrs.example.com/xapi/,       https://lrs.example.com/xapi/,        https://lrs.example.com/xapi/statements",
        "http://127.0.0.1:8081/lrs/data/xAPI, http://127.0.0.1:8081/lrs/data/xAPI/, http://127.0.0.1:8081/lrs/data/xAPI/statements",
        "https://lrs.example.com,             https://lrs.example.com/,             https://lrs.example.com/statements",
        "https://lrs.example.com/a%20b,       https://lrs.example.com/a%20b/,       https://lrs.example.com/a%20b/statements"})
    void keepsTheEndpointWithATrailingSlash(String given, String endpoint, String statements) {
        UpstreamLrs lrs = new UpstreamLrs(URI.create(given), "proficio", "secret");

        assertEquals(URI.create(endpoint), lrs.endpoint());
        assertEquals(URI.create(statements), lrs.statements());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/xapi/", "ftp://lrs.example.com/xapi/", "mailto:lrs@example.com",
        "https://proficio:secret@lrs.example.com/xapi/", "https://lrs.example.com/xapi/?tenant=1",
        "https://lrs.example.com/xapi/#top"})
    void refusesAnEndpointThatIsNotAPlainHttpBase(String endpoint) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new UpstreamLrs(URI.create(endpoint), "proficio", "secret"));

        assertFalse(refused.getMessage().contains("secret"), refused.getMessage());
    }

    @Test
    void refusesAUsernameWithAColon() {
        assertThrows(IllegalArgumentException.class,
                () -> new UpstreamLrs(URI.create("https://lrs.example.com/xapi/"), "pro:ficio", "secret"));
    }

    @Test
    void leavesThePasswordOutOfItsText() {
        UpstreamLrs lrs = new UpstreamLrs(URI.create("https://lrs.example.com/xapi/"), "proficio", "secret");

        assertEquals("UpstreamLrs[endpoint=https://lrs.example.com/xapi/, username=proficio, password=(hidden)]",
                lrs.toString());
    }
}
