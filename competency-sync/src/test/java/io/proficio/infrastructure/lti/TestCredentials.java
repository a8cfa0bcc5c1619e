package io.proficio.infrastructure.lti;

import com.nimbusds.jose.jwk.RSAKey;
import io.proficio.testing.lms.TestPlatform;

/** The tool's credentials at a {@link TestPlatform}, as the LTI service clients take them. */
public final class TestCredentials {

    private TestCredentials() {
    }

    /**
     * @param registrationKey the key the credentials' tokens are cached under
     * @param key what the client assertions are signed with; not necessarily the key the platform trusts
     */
    public static PlatformCredentials at(TestPlatform platform, String registrationKey, RSAKey key) {
        return new PlatformCredentials(registrationKey, platform.clientId(), platform.tokenUri(), () -> key);
    }
}
