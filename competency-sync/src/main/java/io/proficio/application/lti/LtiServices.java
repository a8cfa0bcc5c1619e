package io.proficio.application.lti;

import io.proficio.application.keys.ToolKeyService;
import io.proficio.domain.lti.Platform;
import io.proficio.infrastructure.lti.AccessTokens;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ags.AgsClient;
import io.proficio.infrastructure.lti.nrps.NrpsClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * The LTI Advantage service clients of this node, sharing one access-token cache (tokens are cached
 * per platform registration and scope set until they expire), and the credentials of a platform:
 * its client id and token URL, and the tool's current signing key.
 */
@ApplicationScoped
public class LtiServices {

    private final AccessTokens tokens = new AccessTokens();
    private final NrpsClient nrps = new NrpsClient(tokens);
    private final AgsClient ags = new AgsClient(tokens);

    @Inject
    ToolKeyService keys;

    public NrpsClient nrps() {
        return nrps;
    }

    public AgsClient ags() {
        return ags;
    }

    public PlatformCredentials credentials(Platform platform) {
        return new PlatformCredentials(platform.id().value(), platform.clientId(),
                URI.create(platform.tokenUrl()), keys::signingKey);
    }
}
