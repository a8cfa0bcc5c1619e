package io.proficio.testing.lms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's signing keys (LTI Security Framework §6.3–6.4): RSA 2048 keys with a kid, published as
 * a JWK Set; the newest signs. Also a rogue key that is never published, and every way
 * {@link LaunchSpec.HeaderMode} can break a token's header or signature. Thread-safe.
 */
final class PlatformKeys {

    private final RSAKey rogue = generate("rogue-");
    private final AtomicInteger jwksFetches = new AtomicInteger();
    /** Oldest first; replaced whole on rotation, so readers never see a half-built list. */
    private volatile List<RSAKey> keys = List.of(generate("platform-"));

    private static RSAKey generate(String kidPrefix) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(kidPrefix + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    RSAKey current() {
        List<RSAKey> all = keys;
        return all.get(all.size() - 1);
    }

    /** A new signing key, published beside the old ones; answers its kid. */
    synchronized String rotate() {
        List<RSAKey> rotated = new ArrayList<>(keys);
        rotated.add(generate("platform-"));
        keys = List.copyOf(rotated);
        return current().getKeyID();
    }

    JWKSet publicJwks() {
        return new JWKSet(keys.stream().map(JWK::toPublicJWK).toList());
    }

    int jwksFetches() {
        return jwksFetches.get();
    }

    /** {@code GET /jwks}: the public keys, cacheable for five minutes. */
    void serveJwks(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpExchanges.sendText(exchange, 405, "GET only");
            return;
        }
        jwksFetches.incrementAndGet();
        exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
        HttpExchanges.sendJson(exchange, 200, "application/json", publicJwks().toJSONObject(true));
    }

    /** The claims as a compact JWT, signed (or not) as the header mode says. */
    String sign(JWTClaimsSet claims, LaunchSpec.HeaderMode mode) {
        RSAKey key = current();
        try {
            return switch (mode) {
                case NORMAL -> rs256(claims, key, key.getKeyID());
                case NO_KID -> rs256(claims, key, null);
                case UNKNOWN_KID -> rs256(claims, key, "unknown-" + UUID.randomUUID());
                case ROGUE_KEY -> rs256(claims, rogue, key.getKeyID());
                case ALG_NONE -> new PlainJWT(claims).serialize();
                case HS256_WITH_PUBLIC_KEY -> {
                    // The public key's DER bytes as an HMAC secret: a verifier that trusts the header's alg
                    // and hands it "the platform key" accepts this forgery.
                    SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256, key.getKeyID()), claims);
                    jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
                    yield jwt.serialize();
                }
            };
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static String rs256(JWTClaimsSet claims, RSAKey key, String kid) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256, kid), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JWSHeader header(JWSAlgorithm algorithm, String kid) {
        return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(kid).build();
    }
}
