package io.proficio.lti.launch;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' key sets (1EdTech Security Framework §6.3, the platform's JWKS URL), one cached Nimbus
 * {@link JWKSource} per JWKS URL on this node, which {@link LaunchValidator}'s key selector reads: keys are
 * kept for {@link #CACHE_MILLIS}; a {@code kid} not in the cached set makes one re-fetch (rate-limited,
 * so a flood of unknown kids cannot turn into a flood of fetches); fetches have short timeouts. A fetch
 * that fails surfaces as a {@link com.nimbusds.jose.KeySourceException}.
 */
@ApplicationScoped
public class PlatformKeySets {

    static final long CACHE_MILLIS = 15 * 60 * 1000L;
    static final long REFRESH_TIMEOUT_MILLIS = 5_000L;
    static final long MIN_MILLIS_BETWEEN_FETCHES = 2_000L;
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int READ_TIMEOUT_MILLIS = 3_000;
    static final int SIZE_LIMIT_BYTES = 256 * 1024;

    private final Map<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    /**
     * @param jwksUrl the platform's registered JWKS URL, not {@code null}
     * @return its key set, shared by every launch from that URL
     * @throws LaunchRejected with {@link LaunchError#JWKS_UNAVAILABLE} when the URL is not one
     */
    public JWKSource<SecurityContext> of(String jwksUrl) {
        return sources.computeIfAbsent(jwksUrl, PlatformKeySets::build);
    }

    private static JWKSource<SecurityContext> build(String jwksUrl) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUrl).toURL(),
                            new DefaultResourceRetriever(CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
                    .cache(CACHE_MILLIS, REFRESH_TIMEOUT_MILLIS)
                    .rateLimited(MIN_MILLIS_BETWEEN_FETCHES)
                    .retrying(false)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new LaunchRejected(LaunchError.JWKS_UNAVAILABLE, "The registered JWKS URL is not a URL.");
        }
    }
}
