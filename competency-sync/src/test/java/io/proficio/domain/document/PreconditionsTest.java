package io.proficio.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreconditionsTest {

    private static final String ETAG = "9f89c740ceb46d7418c924a78ac57941d5e96520";

    @ParameterizedTest(name = "If-Match {0}, If-None-Match {1}, document {2}: passes {3}")
    @CsvSource(nullValues = "-", value = {
            "-, -, present, true",
            "-, -, absent, true",
            "\"9f89c740ceb46d7418c924a78ac57941d5e96520\", -, present, true",
            "W/\"9f89c740ceb46d7418c924a78ac57941d5e96520\", -, present, true",
            "'\"1234\", \"9f89c740ceb46d7418c924a78ac57941d5e96520\"', -, present, true",
            "\"1234\", -, present, false",
            "\"9f89c740ceb46d7418c924a78ac57941d5e96520\", -, absent, false",
            "*, -, present, true",
            "*, -, absent, false",
            "-, *, absent, true",
            "-, *, present, false",
            "-, \"1234\", present, true",
            "-, \"9f89c740ceb46d7418c924a78ac57941d5e96520\", present, false",
    })
    void holdsExactlyWhenRfc9110Says(String ifMatch, String ifNoneMatch, String document, boolean passes) {
        Preconditions preconditions = new Preconditions(Optional.ofNullable(ifMatch), Optional.ofNullable(ifNoneMatch));
        Optional<String> current = document.equals("present") ? Optional.of(ETAG) : Optional.empty();
        assertEquals(passes, preconditions.failure(current).isEmpty(), () -> String.valueOf(preconditions.failure(current)));
    }

    @ParameterizedTest
    @CsvSource({"STATE, false, false, false", "STATE, true, true, false", "ACTIVITY_PROFILE, false, true, true",
            "ACTIVITY_PROFILE, true, true, false", "AGENT_PROFILE, false, true, true", "AGENT_PROFILE, true, true, false"})
    void profilesNeedHeadersAndStateOnlyUnder2(DocumentKind kind, boolean xapi2, boolean replacing, boolean creating) {
        assertEquals(new ConcurrencyPolicy(replacing, creating), ConcurrencyPolicy.of(kind, xapi2));
    }

    @org.junit.jupiter.api.Test
    void anyIsTrueWithEitherHeader() {
        assertTrue(new Preconditions(Optional.of("*"), Optional.empty()).any());
        assertTrue(new Preconditions(Optional.empty(), Optional.of("*")).any());
        assertEquals(false, Preconditions.NONE.any());
    }
}
