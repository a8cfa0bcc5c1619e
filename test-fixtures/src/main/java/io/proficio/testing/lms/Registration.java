package io.proficio.testing.lms;

import java.util.List;
import java.util.Map;

/**
 * A tool registered through LTI Dynamic Registration 1.0 §3.5: the client registration request as the
 * tool sent it, and the platform's answer with the client id and deployment id it assigned.
 *
 * @param clientId the client id the platform assigned
 * @param deploymentId the deployment the platform created for it (as Moodle does)
 * @param request the registration request, as received
 * @param response the registration response, as sent
 */
public record Registration(String clientId, String deploymentId, Map<String, Object> request,
        Map<String, Object> response) {

    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    public String clientName() {
        return (String) request.get("client_name");
    }

    public String jwksUri() {
        return (String) request.get("jwks_uri");
    }

    public String initiateLoginUri() {
        return (String) request.get("initiate_login_uri");
    }

    @SuppressWarnings("unchecked")
    public List<String> redirectUris() {
        return (List<String>) request.get("redirect_uris");
    }

    /** The scopes the tool asked for, space-separated in the request. */
    public List<String> scopes() {
        Object scope = request.get("scope");
        return scope instanceof String s && !s.isBlank() ? List.of(s.strip().split("\\s+")) : List.of();
    }

    /** The {@code https://purl.imsglobal.org/spec/lti-tool-configuration} object of the request. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toolConfiguration() {
        return (Map<String, Object>) request.get(TOOL_CONFIGURATION);
    }
}
