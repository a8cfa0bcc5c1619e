package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoreLinksTest {

    private static final UpstreamLrs LRS =
            new UpstreamLrs(URI.create("https://lrs.example.com/lrs/xapi"), "proficio", "secret");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://lrs.example.com/lrs/xapi/statements?more=1,   https://lrs.example.com/lrs/xapi/statements?more=1",
        "https://LRS.example.com:443/lrs/xapi/statements?m=1,  https://LRS.example.com:443/lrs/xapi/statements?m=1",
        "/lrs/xapi/statements?more=1,                         https://lrs.example.com/lrs/xapi/statements?more=1",
        "/xapi/statements/more/7a1,                           https://lrs.example.com/xapi/statements/more/7a1",
        "statements?more=1,                                   https://lrs.example.com/lrs/xapi/statements?more=1",
        "more/7a1,                                            https://lrs.example.com/lrs/xapi/more/7a1",
        "../data/statements?c=a%2Fb,                          https://lrs.example.com/lrs/data/statements?c=a%2Fb"})
    void resolvesAbsoluteHostRelativeAndEndpointRelativeLinks(String more, String expected) throws UpstreamFailure {
        assertEquals(URI.create(expected), MoreLinks.resolve(LRS, more));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://other.example.com/lrs/xapi/statements?more=1",
        "//other.example.com/lrs/xapi/statements?more=1",
        "http://lrs.example.com/lrs/xapi/statements?more=1",
        "https://lrs.example.com:8443/lrs/xapi/statements?more=1",
        "https://someone@lrs.example.com/lrs/xapi/statements?more=1",
        "'/lrs/xapi/statements?more=a b'",
        "'/lrs/xapi/statements?more=<1>'"})
    void refusesLinksOffTheEndpointsOriginOrNotAUri(String more) {
        UpstreamFailure failure = assertThrows(UpstreamFailure.class, () -> MoreLinks.resolve(LRS, more));

        assertEquals(UpstreamFailure.Kind.MALFORMED, failure.kind());
        assertFalse(failure.status().isPresent());
        assertFalse(failure.getMessage().contains("secret"));
    }
}
