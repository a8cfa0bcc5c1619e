package io.proficio.domain.lti;

import java.util.List;

/**
 * What a platform registration says, as given (checked by the service, with pointers to what is wrong).
 *
 * @param deploymentIds        the deployments known in advance; may be empty
 * @param acceptNewDeployments whether a launch from a deployment not listed is accepted (and recorded)
 * @param name                 a display name; may be null
 * @param productFamily        e.g. {@code moodle}, {@code canvas}; may be null
 */
public record PlatformSpec(String issuer, String clientId, String name, String authLoginUrl, String tokenUrl,
                           String jwksUrl, List<String> deploymentIds, boolean acceptNewDeployments,
                           String productFamily) {

    public PlatformSpec {
        deploymentIds = deploymentIds == null ? List.of() : deploymentIds.stream().toList();
    }
}
