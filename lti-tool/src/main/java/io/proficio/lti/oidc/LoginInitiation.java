package io.proficio.lti.oidc;

import io.proficio.lti.launch.LaunchError;
import io.proficio.lti.launch.LaunchRejected;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A third-party initiated login as the platform sends it (LTI Core §5.1.1.1 and LTI client-side
 * postMessages §4), by GET query or POST form.
 *
 * @param clientId       may be absent: the registration is then found by issuer alone when unique
 * @param deploymentId   {@code lti_deployment_id}, or Canvas's {@code deployment_id}; informational
 * @param storageTarget  {@code lti_storage_target}: the frame that offers postMessage storage
 */
public record LoginInitiation(String issuer, String loginHint, String targetLinkUri,
                              Optional<String> messageHint, Optional<String> clientId,
                              Optional<String> deploymentId, Optional<String> storageTarget) {

    public static LoginInitiation parse(MultivaluedMap<String, String> parameters) {
        String issuer = first(parameters, "iss").orElse(null);
        String loginHint = first(parameters, "login_hint").orElse(null);
        String target = first(parameters, "target_link_uri").orElse(null);
        if (issuer == null || loginHint == null || target == null || !absolute(target)) {
            throw new LaunchRejected(LaunchError.LOGIN_INVALID, null);
        }
        return new LoginInitiation(issuer, loginHint, target, first(parameters, "lti_message_hint"),
                first(parameters, "client_id"),
                first(parameters, "lti_deployment_id").or(() -> first(parameters, "deployment_id")),
                first(parameters, "lti_storage_target"));
    }

    private static Optional<String> first(MultivaluedMap<String, String> parameters, String name) {
        return Optional.ofNullable(parameters.getFirst(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static boolean absolute(String uri) {
        try {
            return new URI(uri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
