package io.proficio.lti.registration;

import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;

/**
 * The tool's client registration request (LTI Dynamic Registration 1.0 §3.5.1): an OpenID client
 * with the implicit id_token flow for launches and client credentials with {@code private_key_jwt}
 * for the services, and the LTI tool configuration (messages, claims, scopes).
 */
public final class ToolConfiguration {

    static final String TOOL_CLAIM = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String SCOPES = String.join(" ",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    private ToolConfiguration() {
    }

    public static JsonObject of(URI baseUrl, PlatformConfiguration platform) {
        String base = baseUrl.toString();
        String launch = base + "/lti/launch";
        JsonArrayBuilder messages = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("type", "LtiResourceLinkRequest").add("target_link_uri", launch)
                        .add("label", "Proficio"));
        if (platform.supportsDeepLinking()) {
            messages.add(JSON.createObjectBuilder().add("type", "LtiDeepLinkingRequest").add("target_link_uri", launch)
                    .add("label", "Add Proficio competency items"));
        }
        return JSON.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", JSON.createArrayBuilder().add("id_token"))
                .add("grant_types", JSON.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", base + "/lti/login")
                .add("redirect_uris", JSON.createArrayBuilder().add(launch))
                .add("client_name", "Proficio")
                .add("jwks_uri", base + "/lti/jwks")
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", SCOPES)
                .add(TOOL_CLAIM, JSON.createObjectBuilder()
                        .add("domain", baseUrl.getAuthority())
                        .add("description", "Competency profiles, gaps and recommendations from learning evidence.")
                        .add("target_link_uri", launch)
                        .add("claims", JSON.createArrayBuilder().add("iss").add("sub").add("name").add("given_name")
                                .add("family_name").add("email"))
                        .add("messages", messages))
                .build();
    }
}
