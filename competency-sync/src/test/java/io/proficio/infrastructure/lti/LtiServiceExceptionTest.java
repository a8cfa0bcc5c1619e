package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LtiServiceExceptionTest {

    @ParameterizedTest(name = "{0} {1} concerns only this request: {2}")
    @CsvSource({
            "REFUSED, 400, true", "REFUSED, 409, true", "REFUSED, 422, true",
            "REFUSED, 401, false", "REFUSED, 403, false", "REFUSED, 404, false", "REFUSED, 415, false",
            "FAILED, 500, false", "FAILED, 503, false", "TOKEN_REFUSED, 400, false", "BAD_RESPONSE, 200, false"})
    void tellsAOneUserRefusalFromAFailureOfEveryCall(LtiServiceError error, int status, boolean onlyThis) {
        assertEquals(onlyThis, new LtiServiceException(error, status, Optional.empty(), "POST x").refusesOnlyThisRequest());
    }

    @ParameterizedTest
    @CsvSource({"UNREACHABLE", "TOO_MANY_PAGES"})
    void noAnswerConcernsEveryCall(LtiServiceError error) {
        assertEquals(false, new LtiServiceException(error, "GET x").refusesOnlyThisRequest());
    }
}
