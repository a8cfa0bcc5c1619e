package io.proficio.infrastructure.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TokenResponsesTest {

    private static final String TOKEN = "{\"access_token\":\"abc123\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
            + "\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"}";

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "text/html; charset=utf-8", ""})
    void acceptsAJsonTokenResponseWhateverItsContentType(String contentType) throws Exception {
        AccessTokenResponse success = assertInstanceOf(AccessTokenResponse.class,
                TokenResponses.read(response(200, contentType, TOKEN)));

        assertEquals("abc123", success.getTokens().getAccessToken().getValue());
        assertEquals(3600, success.getTokens().getAccessToken().getLifetime());
    }

    @Test
    void readsMoodlesErrorResponseSentAsHtml() throws Exception {
        TokenErrorResponse error = assertInstanceOf(TokenErrorResponse.class, TokenResponses.read(
                response(400, "text/html; charset=utf-8", "{\"error\":\"invalid_client\",\"error_description\":\"no key\"}")));

        assertEquals("invalid_client", error.getErrorObject().getCode());
        assertEquals("no key", error.getErrorObject().getDescription());
        assertEquals(400, error.getErrorObject().getHTTPStatusCode());
    }

    @Test
    void anErrorPageThatIsNoOAuthErrorKeepsOnlyItsStatus() throws Exception {
        TokenErrorResponse error = assertInstanceOf(TokenErrorResponse.class,
                TokenResponses.read(response(503, "text/html", "<html><body>Maintenance</body></html>")));

        assertNull(error.getErrorObject().getCode());
        assertEquals(503, error.getErrorObject().getHTTPStatusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>Welcome to Moodle</body></html>", "", "[\"access_token\"]",
            "{\"token_type\":\"Bearer\"}", "{\"access_token\":\"abc\"}"})
    void refusesASuccessThatIsNoTokenResponse(String body) {
        ParseException refused = assertThrows(ParseException.class,
                () -> TokenResponses.read(response(200, "text/html", body)));
        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank());
    }

    private static HTTPResponse response(int status, String contentType, String body) {
        HTTPResponse response = new HTTPResponse(status);
        if (!contentType.isEmpty()) {
            response.setHeader("Content-Type", contentType);
        }
        response.setBody(body);
        return response;
    }
}
