package io.proficio.application.xapi;

import io.proficio.domain.error.ProficioException;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiSourceRepository;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.tenant.TokenSecret;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's xAPI sources: made (the secret shown once), listed, revoked, and checked on each request. */
@Stateless
public class XapiSourceService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    XapiSourceRepository sources;

    /** A new source and its secret, which is not kept and cannot be shown again. */
    public record Credentials(XapiSource source, TokenSecret secret) {
    }

    /** The xAPI versions a source may be set to speak by default. */
    public static final List<String> VERSIONS = List.of("1.0.3", "2.0.0");

    public Credentials create(TenantId tenantId, String name) {
        return create(tenantId, name, Optional.empty());
    }

    /**
     * @param defaultVersion the xAPI version named in answers to the source's requests that do not say
     *                       theirs; empty for the latest served
     */
    public Credentials create(TenantId tenantId, String name, Optional<String> defaultVersion) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ProficioException.invalid("/name", "A source needs a name of at most 200 characters.");
        }
        if (defaultVersion.isPresent() && !VERSIONS.contains(defaultVersion.get())) {
            throw ProficioException.invalid("/version", "version is one of " + VERSIONS + ", or absent for the latest.");
        }
        byte[] key = new byte[12];
        RANDOM.nextBytes(key);
        TokenSecret secret = TokenSecret.generate();
        XapiSource source = new XapiSource(UUID.randomUUID().toString(), tenantId, name.strip(),
                "xk_" + HexFormat.of().formatHex(key), secret.hash(), Instant.now());
        defaultVersion.ifPresent(source::speaksByDefault);
        sources.add(source);
        return new Credentials(source, secret);
    }

    public List<XapiSource> list(TenantId tenantId) {
        return sources.sources(tenantId);
    }

    public XapiSource revoke(TenantId tenantId, String id) {
        XapiSource source = sources.source(tenantId, id).orElseThrow(() -> ProficioException.notFound("xAPI source", id));
        source.revoke(Instant.now());
        return source;
    }

    /** The source whose key and secret these are, unless unknown or revoked. */
    public Optional<XapiSource> authenticate(String apiKey, String secret) {
        return sources.byKey(apiKey).filter(source -> source.accepts(new TokenSecret(secret).hash()));
    }
}
