package io.proficio.infrastructure.lti;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.util.Optional;
import net.minidev.json.JSONObject;

/**
 * Reads a token endpoint's answer to the client-credentials grant (RFC 6749 §5.1 and §5.2; Security
 * Framework §4.1) by its body, whatever its {@code Content-Type} says.
 *
 * <p>RFC 6749 §5.1 requires {@code application/json}, and Nimbus's {@code TokenResponse.parse(HTTPResponse)}
 * insists on it. Stock Moodle does not send it: {@code lib/setup.php} sets {@code Content-Type: text/html}
 * for every script that is not an AJAX script, and {@code mod/lti/token.php} never overrides it (Moodle 4.x
 * and 5.0 alike), so every Moodle token response, success or error, arrives as {@code text/html}. A
 * tool that refused those could never call NRPS or AGS on any Moodle; so the body decides: a JSON
 * object that is a valid token response is accepted, anything else is still refused.
 */
final class TokenResponses {

    private TokenResponses() {
    }

    /**
     * The success or error response the HTTP response holds.
     *
     * @param response the token endpoint's answer; never null
     * @return an {@link AccessTokenResponse} for a 2xx answer, else a {@link TokenErrorResponse} (with the
     *         platform's OAuth error when its body is one, else only the status); never null
     * @throws ParseException a 2xx answer whose body is no JSON object or no valid access token response
     */
    static TokenResponse read(HTTPResponse response) throws ParseException {
        Optional<JSONObject> body = jsonObject(response.getBody());
        if (response.indicatesSuccess()) {
            if (body.isEmpty()) {
                throw new ParseException("The body is not a JSON object" + contentTypeNote(response) + ".");
            }
            return AccessTokenResponse.parse(body.get());
        }
        if (body.isPresent() && body.get().get("error") instanceof String) {
            ErrorObject error = TokenErrorResponse.parse(body.get()).getErrorObject();
            return new TokenErrorResponse(error.setHTTPStatusCode(response.getStatusCode()));
        }
        return new TokenErrorResponse(new ErrorObject(null, null, response.getStatusCode()));
    }

    private static Optional<JSONObject> jsonObject(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSONObjectUtils.parse(body));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static String contentTypeNote(HTTPResponse response) {
        String type = response.getHeaderValue("Content-Type");
        return type == null ? "" : " (Content-Type " + type + ")";
    }
}
