package io.proficio.infrastructure.lti;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the tool needs to obtain service access tokens from one platform registration (1EdTech
 * Security Framework §4.1).
 *
 * @param registrationKey opaque id of the platform registration, the key of the token cache; never null
 * @param clientId        the tool's client_id at the platform, issuer and subject of the client assertion; never null
 * @param tokenUrl        the platform's OAuth 2 token endpoint, also the assertion's audience; never null
 * @param signingKey      supplies the tool's current private RSA key, with its kid; never null, asked on every
 *                        token request so that key rotation takes effect without rebuilding the credentials
 */
public record PlatformCredentials(String registrationKey, String clientId, URI tokenUrl, Supplier<RSAKey> signingKey) {

    public PlatformCredentials {
        Objects.requireNonNull(registrationKey, "registrationKey");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(signingKey, "signingKey");
    }
}
