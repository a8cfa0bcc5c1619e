package io.proficio.infrastructure.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.proficio.testing.lms.TestPlatform;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tool registered at a {@link TestPlatform}, for tests of the LTI service clients: a platform that
 * trusts the tool's key, started before each test and closed after it, the tool's credentials there,
 * and the access tokens the clients take on a clock the test moves. Register it as an instance field
 * ({@code @RegisterExtension}); it is ready before the test's own {@code @BeforeEach} methods run.
 */
public final class ToolAtPlatform implements BeforeEachCallback, AfterEachCallback {

    /** The tool's key, made once for every test: a 2048-bit key takes a while to generate. */
    private static final RSAKey TOOL_KEY = generateToolKey();

    private final LtiServiceSettings settings;
    private TestPlatform platform;
    private TestClock clock;
    private AccessTokens tokens;

    public ToolAtPlatform() {
        this(LtiServiceSettings.DEFAULT);
    }

    /** @param settings the timeouts and cache size the access tokens are made with */
    public ToolAtPlatform(LtiServiceSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        platform = TestPlatform.trusting(TOOL_KEY);
        clock = new TestClock(Instant.now());
        tokens = new AccessTokens(settings, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        platform.close();
    }

    public TestPlatform platform() {
        return platform;
    }

    public TestClock clock() {
        return clock;
    }

    public AccessTokens tokens() {
        return tokens;
    }

    public RSAKey toolKey() {
        return TOOL_KEY;
    }

    /** The tool's credentials, cached under {@code registration-1}. */
    public PlatformCredentials credentials() {
        return credentials("registration-1", TOOL_KEY);
    }

    /**
     * @param registrationKey the key the credentials' tokens are cached under
     * @param key what the client assertions are signed with; not necessarily the key the platform trusts
     */
    public PlatformCredentials credentials(String registrationKey, RSAKey key) {
        return new PlatformCredentials(registrationKey, platform.clientId(), platform.tokenUri(), () -> key);
    }

    private static RSAKey generateToolKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("tool-key-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("No RSA key generator", e);
        }
    }
}
